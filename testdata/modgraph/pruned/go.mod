module example.com/pruned

go 1.21

require (
	example.com/a v1.2.0
	example.com/c v1.3.0
	example.com/d v1.0.0
)
