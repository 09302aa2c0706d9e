package reflectlite

import "unsafe"

// Value is the reflection interface to a Go value.
type Value struct {
	typ *rtype
	// ptr is the address of the value when flagIndir is set, else the
	// value itself (a pointer-shaped "direct" type held in one word).
	ptr  unsafe.Pointer
	flag flag
}

type flag uintptr

const (
	// flagIndir: ptr points at the value.
	flagIndir flag = 1 << iota
	// flagAddr: the value is addressable (reached through a pointer), so
	// Set may write it.
	flagAddr
)

// ValueOf returns a Value holding the value in i (the zero Value for nil).
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	if e.typ == nil {
		return Value{}
	}
	if e.typ.direct != 0 {
		return Value{e.typ, e.data, 0}
	}
	return Value{e.typ, e.data, flagIndir}
}

// ValueError occurs when a Value method is invoked on a Value that does not
// support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + kindNames[e.Kind] + " Value"
}

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Kind returns v's kind (Invalid for the zero Value).
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

// IsValid reports whether v holds a value.
func (v Value) IsValid() bool { return v.typ != nil }

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return v.typ
}

// CanSet reports whether v is addressable.
func (v Value) CanSet() bool { return v.flag&flagAddr != 0 }

// word is the first machine word of the value: the pointer of a
// pointer-shaped kind.
func (v Value) word() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// IsNil reports whether v (a chan, func, interface, map, pointer or slice)
// is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.word() == nil
	case Interface, Slice:
		// Both start with a word that is nil exactly when the value is:
		// the type (or itab) of an interface, the data of a nil slice.
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflectlite.Value.IsNil", v.Kind()})
}

// Len returns v's length (array, slice, string).
func (v Value) Len() int {
	switch v.Kind() {
	case Slice, String:
		return *(*int)(unsafe.Add(v.ptr, 8))
	case Array:
		e := v.typ.elem
		if e == nil || e.size == 0 {
			return 0
		}
		return int(v.typ.size / e.size)
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Elem returns the value the interface v contains or the pointer v points
// to (the zero Value for a nil one).
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		tw := *(*unsafe.Pointer)(v.ptr)
		if tw == nil {
			return Value{}
		}
		t := (*rtype)(tw)
		if v.typ.mcount != 0 {
			// A non-empty interface holds an itab, whose first word is
			// the dynamic type.
			t = *(**rtype)(tw)
		}
		data := *(*unsafe.Pointer)(unsafe.Add(v.ptr, 4))
		if t.direct != 0 {
			return Value{t, data, 0}
		}
		return Value{t, data, flagIndir}
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, flagIndir | flagAddr}
	}
	panic(&ValueError{"reflectlite.Value.Elem", v.Kind()})
}

// Set assigns x to v, which must be addressable and x assignable to v's type.
func (v Value) Set(x Value) {
	if v.flag&flagAddr == 0 {
		panic("reflect: reflectlite.Value.Set using unaddressable value")
	}
	if x.typ == nil || !x.typ.AssignableTo(v.typ) {
		panic("reflect.Set: value of type " + typeName(x.typ) + " is not assignable to type " + v.typ.str)
	}
	if v.typ.Kind() == Interface && x.typ.Kind() != Interface {
		// Box x: {type or itab, data word}.
		var tw unsafe.Pointer = unsafe.Pointer(x.typ)
		if v.typ.mcount != 0 {
			tw = getitab(unsafe.Pointer(v.typ), unsafe.Pointer(x.typ), false)
		}
		data := x.ptr
		if x.flag&flagIndir != 0 {
			if x.typ.direct != 0 {
				data = *(*unsafe.Pointer)(x.ptr)
			} else {
				// Interfaces hold a private copy.
				data = alloc(uintptr(x.typ.size), 8)
				memmove(data, x.ptr, uintptr(x.typ.size))
			}
		}
		*(*unsafe.Pointer)(v.ptr) = tw
		*(*unsafe.Pointer)(unsafe.Add(v.ptr, 4)) = data
		return
	}
	src := x.ptr
	if x.flag&flagIndir == 0 {
		src = unsafe.Pointer(&x.ptr)
	}
	memmove(v.ptr, src, uintptr(v.typ.size))
}

func typeName(t *rtype) string {
	if t == nil {
		return "nil"
	}
	return t.str
}

// Swapper returns a function that swaps the elements i and j of the slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	n := v.Len()
	switch n {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	data := *(*unsafe.Pointer)(v.ptr)
	size := uintptr(v.typ.elem.size)
	tmp := alloc(size, 8)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a := unsafe.Add(data, uintptr(i)*size)
		b := unsafe.Add(data, uintptr(j)*size)
		memmove(tmp, a, size)
		memmove(a, b, size)
		memmove(b, tmp, size)
	}
}
