module example.com/rfork

go 1.21
