module example.com/diamond

go 1.16

require (
	example.com/a v1.1.0
	example.com/b v1.0.0
)
