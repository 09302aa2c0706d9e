module example.com/replace

go 1.21

require (
	example.com/Upper v1.0.0
	example.com/c v1.0.0
	example.com/local v0.0.0
	example.com/r v1.0.0
)

toolchain go1.27.3

exclude example.com/c v1.3.0

replace example.com/r v1.0.0 => example.com/rfork v1.5.0

replace example.com/local => ../localmod

replace example.com/c => example.com/c v1.2.0
