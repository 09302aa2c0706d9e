// run

// Interface embedding and overlapping method sets.
package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}
type ReadCloser interface {
	Reader
	Close()
	Read() string
}

type File struct {
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return "<eof>"
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *File) Write(s string) { f.data = append(f.data, s) }
func (f *File) Close()         { f.closed = true }

func main() {
	f := &File{}
	var rw ReadWriter = f
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	println(r.Read())
	var rc ReadCloser = f
	println(rc.Read(), rc.Read())
	rc.Close()
	println(f.closed)
	_, isRC := r.(ReadCloser)
	println(isRC)
}
