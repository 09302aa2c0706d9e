module example.com/app

go 1.21

require (
	example.com/c v1.2.0
)
