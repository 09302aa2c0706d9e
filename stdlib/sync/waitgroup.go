package sync

// A WaitGroup waits for a collection of goroutines to finish. With one
// goroutine, Wait on a non-zero counter can never return.
type WaitGroup struct {
	n int
}

func (wg *WaitGroup) Add(delta int) {
	wg.n += delta
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
}

func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

func (wg *WaitGroup) Wait() {
	if wg.n != 0 {
		deadlock()
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup. Until
// gobuild has goroutines, f runs to completion before Go returns (a valid
// schedule of the real semantics as long as f does not wait for the caller).
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	defer wg.Done()
	f()
}
