// Package reflectlite is gobuild's replacement for GOROOT's
// internal/reflectlite, the small reflection kernel used by errors (As),
// sort (Slice's Swapper) and context.
//
// Why an overlay: GOROOT's reflectlite reads gc's run-time type metadata
// (internal/abi.Type, name offsets resolved by gc's runtime). gobuild's
// compiler emits its own, smaller type descriptors
// (compiler/src/lower/typedesc.rs), so this package reads those instead and
// offers the same API for what the standard library uses.
package reflectlite

import "unsafe"

// A Kind is the specific kind of type, numbered as reflect.Kind.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

// rtype mirrors the compiler's type descriptor (typedesc.rs: 48 bytes).
type rtype struct {
	size       uint32
	hash       uint32
	kind       uint8
	direct     uint8 // an interface's data word holds the value itself
	comparable uint8
	_          uint8
	equal      uint32
	str        string
	mcount     uint32         // entries of the method table
	methods    unsafe.Pointer // method table (methods.rs)
	hasher     unsafe.Pointer
	elem       *rtype // element of pointer, slice, array, chan, map value
}

// Type is the representation of a Go type.
type Type interface {
	// Name returns the type's name within its package for a defined type,
	// "" otherwise.
	Name() string
	// PkgPath returns a defined type's package path ("" if unknown).
	PkgPath() string
	Size() uintptr
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	String() string
	Elem() Type
	common() *rtype
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Size() uintptr { return uintptr(t.size) }

func (t *rtype) Kind() Kind { return Kind(t.kind) }

func (t *rtype) Comparable() bool { return t.comparable != 0 }

func (t *rtype) String() string { return t.str }

// Name is the part of the type string after the package qualifier, for
// types printed as a qualified identifier (`pkg.T`); "" for unnamed types.
// (Descriptors do not record whether a basic type is named, so `int` also
// answers "int", as reflect does.)
func (t *rtype) Name() string {
	s := t.str
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '[', ']', '(', ')', ' ', '{', '}':
			return ""
		}
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

// PkgPath is not recorded in descriptors: always "".
func (t *rtype) PkgPath() string { return "" }

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		if t.elem != nil {
			return t.elem
		}
	}
	panic("reflect: Elem of invalid type " + t.str)
}

// Implements reports whether the type implements the interface type u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

// AssignableTo reports whether a value of the type is assignable to type u.
// Descriptors do not say whether a type is defined, so the rule for
// identical underlying types is not applied: identical types, or an
// interface u the type implements.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return sameType(uu, t) || (uu.Kind() == Interface && implements(uu, t))
}

// sameType is the compiler's type identity for descriptors, which are not
// deduplicated across packages: same descriptor, or same hash and string.
func sameType(a, b *rtype) bool {
	return a == b || (a.hash == b.hash && a.str == b.str)
}

// implements reports whether t has every method of interface type it.
func implements(it, t *rtype) bool {
	if it.mcount == 0 {
		return true
	}
	return getitab(unsafe.Pointer(it), unsafe.Pointer(t), true) != nil
}

// TypeOf returns the dynamic type of i, or nil if i is nil.
func TypeOf(i any) Type {
	e := (*eface)(unsafe.Pointer(&i))
	if e.typ == nil {
		return nil
	}
	return e.typ
}

// eface is the layout of an empty interface: {type descriptor, data word}.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

// Functions of gobuild's runtime (stdlib/runtime).

//go:linkname getitab runtime.getitab
func getitab(iface, typ unsafe.Pointer, canfail bool) unsafe.Pointer

//go:linkname alloc runtime.alloc
func alloc(size uintptr, align uintptr) unsafe.Pointer

//go:linkname memmove runtime.memmove
func memmove(dst, src unsafe.Pointer, n uintptr)
