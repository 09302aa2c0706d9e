module example.com/d

go 1.21

require (
	example.com/c v1.3.0
)
