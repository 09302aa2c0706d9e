module example.com/a

go 1.16

require (
	example.com/c v1.1.0
)
