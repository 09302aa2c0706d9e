package runtime

import "unsafe"

// _type mirrors the compiler's type descriptor (compiler/src/lower/typedesc.rs).
type _type struct {
	size       uint32
	hash       uint32
	kind       uint8
	direct     uint8
	comparable uint8
	_          uint8
	equal      uint32
	str        string
}

func typeString(t unsafe.Pointer) string {
	if t == nil {
		return "nil"
	}
	return (*_type)(t).str
}

// panicdottype reports a failed type assertion x.(T).
func panicdottype(have, want, iface unsafe.Pointer) {
	printstring("panic: interface conversion: ")
	printstring(typeString(iface))
	printstring(" is ")
	printstring(typeString(have))
	printstring(", not ")
	printstring(typeString(want))
	printnl()
	fatalpanic()
}

// panicuncomparable reports == on interfaces holding an uncomparable type.
func panicuncomparable(t unsafe.Pointer) {
	panicRuntime("comparing uncomparable type " + typeString(t))
}

// imethod is one method table entry (compiler/src/lower/methods.rs).
type imethod struct {
	key  string
	hash uint32
	fn   uint32
}

type typeMethods struct {
	t       _type
	count   uint32
	methods unsafe.Pointer
}

func methodAt(tab unsafe.Pointer, i uint32) *imethod {
	return (*imethod)(add(tab, uintptr(i)*24))
}

// getitab builds the itab of dynamic type typ for interface iface.
func getitab(iface, typ unsafe.Pointer, canfail bool) unsafe.Pointer {
	it := (*typeMethods)(iface)
	tt := (*typeMethods)(typ)
	tab := alloc(uintptr(4+4*it.count), 4)
	*(*unsafe.Pointer)(tab) = typ
	for i := uint32(0); i < it.count; i++ {
		im := methodAt(it.methods, i)
		found := false
		for j := uint32(0); j < tt.count; j++ {
			tm := methodAt(tt.methods, j)
			if tm.key == im.key && tm.hash == im.hash {
				*(*uint32)(add(tab, uintptr(4+4*i))) = tm.fn
				found = true
				break
			}
		}
		if !found {
			if canfail {
				return nil
			}
			printstring("panic: interface conversion: ")
			printstring(typeString(typ))
			printstring(" is not ")
			printstring(typeString(iface))
			printstring(": missing method ")
			printstring(im.key)
			printnl()
			fatalpanic()
		}
	}
	return tab
}
