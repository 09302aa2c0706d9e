// Package sync is gobuild's single-threaded replacement for GOROOT's sync.
//
// Why an overlay: GOROOT's sync is built on gc's runtime (semaphores,
// procPin, the scheduler's hooks through internal/sync and
// internal/synctest). gobuild has one goroutine until the goroutines issue
// lands, so a lock can never be contended by another goroutine: a Mutex is
// a flag, and blocking on one that is held is a deadlock, reported as gc
// reports it ("fatal error: all goroutines are asleep - deadlock!"). This
// overlay must grow real waiting when goroutines exist.
package sync

import _ "unsafe" // for go:linkname

// throw is runtime.throw: prints "fatal error: MSG" and exits with status 2.
//
//go:linkname throw runtime.throw
func throw(s string)

func deadlock() {
	throw("all goroutines are asleep - deadlock!")
}

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is unlocked.
type Mutex struct {
	locked bool
}

// Lock locks m; with a single goroutine, a held m can never be released.
func (m *Mutex) Lock() {
	if m.locked {
		deadlock()
	}
	m.locked = true
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m.
func (m *Mutex) Unlock() {
	if !m.locked {
		throw("sync: unlock of unlocked mutex")
	}
	m.locked = false
}

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	readers int
	writer  bool
}

func (rw *RWMutex) RLock() {
	if rw.writer {
		deadlock()
	}
	rw.readers++
}

func (rw *RWMutex) TryRLock() bool {
	if rw.writer {
		return false
	}
	rw.readers++
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		throw("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
}

func (rw *RWMutex) Lock() {
	if rw.writer || rw.readers > 0 {
		deadlock()
	}
	rw.writer = true
}

func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

func (rw *RWMutex) Unlock() {
	if !rw.writer {
		throw("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
}

// RLocker returns a Locker whose Lock and Unlock call RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// Cond is a condition variable. With one goroutine nobody can signal a
// waiter, so Wait is a deadlock.
type Cond struct {
	L Locker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	deadlock()
}

func (c *Cond) Signal() {}

func (c *Cond) Broadcast() {}
