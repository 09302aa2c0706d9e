// run

// Methods on map types and func types used as interfaces.
package main

type Handler interface{ Handle(string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Router map[string]Handler

func (r Router) Handle(path string) string {
	if h, ok := r[path]; ok {
		return h.Handle(path)
	}
	return "404 " + path
}

func main() {
	r := Router{
		"/":      HandlerFunc(func(p string) string { return "home" }),
		"/about": HandlerFunc(func(p string) string { return "about " + p }),
	}
	r["/nested"] = Router{"/nested": HandlerFunc(func(string) string { return "deep" })}
	var h Handler = r
	for _, p := range []string{"/", "/about", "/nested", "/missing"} {
		println(h.Handle(p))
	}
}
