// run

// A bank ledger: accounts, typed errors, transfers with rollback, interest, an audit trail and a panic-safe batch runner.
package main

type AccountID int

type Account struct {
	ID      AccountID
	Owner   string
	Balance int64 // cents
	Frozen  bool
	Limit   int64 // overdraft allowed
	history []Tx
}

type TxKind int

const (
	Deposit TxKind = iota
	Withdrawal
	TransferIn
	TransferOut
	Interest
	Fee
)

func (k TxKind) String() string {
	return [...]string{"deposit", "withdrawal", "transfer-in", "transfer-out", "interest", "fee"}[k]
}

type Tx struct {
	Kind   TxKind
	Amount int64
	Ref    int
}

type ErrInsufficient struct {
	ID        AccountID
	Need, Has int64
}

func (e ErrInsufficient) Error() string {
	return "account " + itoa(int64(e.ID)) + ": insufficient funds: need " + money(e.Need) + ", available " + money(e.Has)
}

type ErrFrozen AccountID

func (e ErrFrozen) Error() string { return "account " + itoa(int64(e)) + " is frozen" }

type ErrNoAccount AccountID

func (e ErrNoAccount) Error() string { return "no such account " + itoa(int64(e)) }

type ErrInvalid struct{ Reason string }

func (e *ErrInvalid) Error() string { return "invalid request: " + e.Reason }

func itoa(n int64) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	cents := c % 100
	pad := ""
	if cents < 10 {
		pad = "0"
	}
	return sign + "$" + itoa(c/100) + "." + pad + itoa(cents)
}

type Bank struct {
	accounts map[AccountID]*Account
	nextID   AccountID
	nextRef  int
	audit    []string
}

func NewBank() *Bank { return &Bank{accounts: map[AccountID]*Account{}, nextID: 100} }

func (b *Bank) Open(owner string, initial, limit int64) *Account {
	b.nextID++
	a := &Account{ID: b.nextID, Owner: owner, Limit: limit}
	b.accounts[a.ID] = a
	if initial > 0 {
		b.must(b.Deposit(a.ID, initial))
	}
	b.log("open " + itoa(int64(a.ID)) + " for " + owner)
	return a
}

func (b *Bank) must(err error) {
	if err != nil {
		panic(err)
	}
}

func (b *Bank) log(s string) { b.audit = append(b.audit, s) }

func (b *Bank) get(id AccountID) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, ErrNoAccount(id)
	}
	if a.Frozen {
		return a, ErrFrozen(id)
	}
	return a, nil
}

func (b *Bank) ref() int { b.nextRef++; return b.nextRef }

func (b *Bank) Deposit(id AccountID, amt int64) error {
	if amt <= 0 {
		return &ErrInvalid{"deposit must be positive"}
	}
	a, err := b.get(id)
	if err != nil {
		return err
	}
	a.Balance += amt
	a.history = append(a.history, Tx{Deposit, amt, b.ref()})
	return nil
}

func (b *Bank) Withdraw(id AccountID, amt int64) error {
	if amt <= 0 {
		return &ErrInvalid{"withdrawal must be positive"}
	}
	a, err := b.get(id)
	if err != nil {
		return err
	}
	if a.Balance+a.Limit < amt {
		return ErrInsufficient{id, amt, a.Balance + a.Limit}
	}
	a.Balance -= amt
	a.history = append(a.history, Tx{Withdrawal, amt, b.ref()})
	return nil
}

func (b *Bank) Transfer(from, to AccountID, amt int64) (err error) {
	if from == to {
		return &ErrInvalid{"transfer to same account"}
	}
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	if src.Balance+src.Limit < amt {
		return ErrInsufficient{from, amt, src.Balance + src.Limit}
	}
	r := b.ref()
	src.Balance -= amt
	src.history = append(src.history, Tx{TransferOut, amt, r})
	defer func() {
		if err != nil {
			src.Balance += amt
			src.history = src.history[:len(src.history)-1]
			b.log("rollback transfer " + itoa(int64(r)))
		}
	}()
	if dst.Owner == "" {
		return &ErrInvalid{"destination has no owner"}
	}
	dst.Balance += amt
	dst.history = append(dst.history, Tx{TransferIn, amt, r})
	b.log("transfer " + money(amt) + " " + itoa(int64(from)) + "->" + itoa(int64(to)))
	return nil
}

// MonthEnd pays interest in basis points on positive balances and charges a fee on overdrawn ones.
func (b *Bank) MonthEnd(bps int64, fee int64) {
	for _, id := range b.ids() {
		a := b.accounts[id]
		switch {
		case a.Frozen:
			continue
		case a.Balance > 0:
			i := a.Balance * bps / 10000
			if i > 0 {
				a.Balance += i
				a.history = append(a.history, Tx{Interest, i, b.ref()})
			}
		case a.Balance < 0:
			a.Balance -= fee
			a.history = append(a.history, Tx{Fee, fee, b.ref()})
		}
	}
}

func (b *Bank) ids() []AccountID {
	var ids []AccountID
	for id := range b.accounts {
		ids = append(ids, id)
	}
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && ids[j] < ids[j-1]; j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
	return ids
}

func (b *Bank) Statement(id AccountID) {
	a := b.accounts[id]
	println("statement", a.ID, a.Owner)
	var running int64
	for _, t := range a.history {
		switch t.Kind {
		case Deposit, TransferIn, Interest:
			running += t.Amount
		default:
			running -= t.Amount
		}
		println("  #"+itoa(int64(t.Ref)), t.Kind.String(), money(t.Amount), "->", money(running))
	}
	if running != a.Balance {
		panic("ledger mismatch")
	}
}

type Op func(b *Bank) error

// RunBatch applies operations, turning panics into errors so one bad operation does not stop the batch.
func (b *Bank) RunBatch(ops []Op) (okCount int, errs []error) {
	for _, op := range ops {
		err := func() (err error) {
			defer func() {
				if r := recover(); r != nil {
					if e, ok := r.(error); ok {
						err = &ErrInvalid{"panic: " + e.Error()}
					} else {
						err = &ErrInvalid{"panic: " + r.(string)}
					}
				}
			}()
			return op(b)
		}()
		if err != nil {
			errs = append(errs, err)
		} else {
			okCount++
		}
	}
	return
}

func describe(err error) string {
	switch e := err.(type) {
	case ErrInsufficient:
		return "INSUFFICIENT(short " + money(e.Need-e.Has) + ")"
	case ErrFrozen:
		return "FROZEN"
	case ErrNoAccount:
		return "MISSING"
	case *ErrInvalid:
		return "INVALID"
	}
	return "OTHER"
}

func main() {
	b := NewBank()
	alice := b.Open("alice", 100000, 0)
	bob := b.Open("bob", 2500, 5000)
	carol := b.Open("carol", 0, 0)
	ghost := b.Open("", 0, 0)
	ops := []Op{
		func(b *Bank) error { return b.Transfer(alice.ID, bob.ID, 12345) },
		func(b *Bank) error { return b.Withdraw(bob.ID, 20000) },
		func(b *Bank) error { return b.Withdraw(bob.ID, 17000) },
		func(b *Bank) error { return b.Transfer(carol.ID, alice.ID, 1) },
		func(b *Bank) error { return b.Deposit(999, 5) },
		func(b *Bank) error { return b.Deposit(carol.ID, -5) },
		func(b *Bank) error { return b.Transfer(alice.ID, ghost.ID, 100) },
		func(b *Bank) error { carol.Frozen = true; return b.Deposit(carol.ID, 100) },
		func(b *Bank) error { var m map[string]int; m["boom"] = 1; return nil },
		func(b *Bank) error { panic("manual panic") },
		func(b *Bank) error { return b.Transfer(alice.ID, alice.ID, 1) },
		func(b *Bank) error { return b.Deposit(carol.ID+1, 50) },
	}
	n, errs := b.RunBatch(ops)
	println("ok", n, "failed", len(errs))
	for _, e := range errs {
		println(" ", describe(e), e.Error())
	}
	b.MonthEnd(125, 1500)
	carol.Frozen = false
	b.MonthEnd(125, 1500)
	for _, id := range b.ids() {
		a := b.accounts[id]
		println(a.ID, a.Owner, money(a.Balance), len(a.history))
	}
	b.Statement(alice.ID)
	b.Statement(bob.ID)
	for _, l := range b.audit {
		println("audit:", l)
	}
	var total int64
	for _, id := range b.ids() {
		total += b.accounts[id].Balance
	}
	println("total", money(total))
}
