module example.com/m

go 1.27

frobnicate example.com/x
