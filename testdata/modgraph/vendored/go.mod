module example.com/vendored

go 1.21

require (
	example.com/a v1.2.0
	example.com/b v1.0.0
)

require example.com/c v1.2.0 // indirect
