module example.com/wasmabi

go 1.27
