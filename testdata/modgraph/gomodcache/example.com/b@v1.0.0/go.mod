module example.com/b

go 1.16

require (
	example.com/c v1.2.0
)
