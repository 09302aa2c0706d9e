// run

// A small bank: accounts in a slice, transactions applied in order,
// failures recorded, interest compounded in integer cents.
package main

type Account struct {
	ID      int
	Owner   string
	Balance int64 // cents
	Frozen  bool
	History []Tx
}

type Tx struct {
	Kind   byte // 'd'eposit, 'w'ithdraw, 't'ransfer, 'i'nterest
	Amount int64
	Peer   int
}

type Bank struct {
	Accounts []Account
	Failed   int
	Journal  []string
}

func open(b *Bank, owner string, initial int64) int {
	id := len(b.Accounts) + 1
	b.Accounts = append(b.Accounts, Account{ID: id, Owner: owner})
	if initial > 0 {
		deposit(b, id, initial)
	}
	return id
}

func lookup(b *Bank, id int) *Account {
	if id < 1 || id > len(b.Accounts) {
		return nil
	}
	return &b.Accounts[id-1]
}

func record(b *Bank, msg string) {
	b.Journal = append(b.Journal, msg)
}

func deposit(b *Bank, id int, amount int64) bool {
	a := lookup(b, id)
	if a == nil || a.Frozen || amount <= 0 {
		b.Failed++
		record(b, "deposit failed for "+name(b, id))
		return false
	}
	a.Balance += amount
	a.History = append(a.History, Tx{'d', amount, 0})
	return true
}

func withdraw(b *Bank, id int, amount int64) bool {
	a := lookup(b, id)
	if a == nil || a.Frozen || amount <= 0 || a.Balance < amount {
		b.Failed++
		record(b, "withdraw failed for "+name(b, id))
		return false
	}
	a.Balance -= amount
	a.History = append(a.History, Tx{'w', amount, 0})
	return true
}

func transfer(b *Bank, from, to int, amount int64) bool {
	src, dst := lookup(b, from), lookup(b, to)
	if src == nil || dst == nil || src == dst {
		b.Failed++
		record(b, "transfer rejected")
		return false
	}
	if !withdraw(b, from, amount) {
		return false
	}
	if !deposit(b, to, amount) {
		deposit(b, from, amount) // refund
		return false
	}
	src.History[len(src.History)-1].Kind = 't'
	src.History[len(src.History)-1].Peer = to
	dst.History[len(dst.History)-1].Kind = 't'
	dst.History[len(dst.History)-1].Peer = from
	return true
}

// addInterest applies rate basis points, rounding half away from zero.
func addInterest(b *Bank, basisPoints int64) {
	for i := range b.Accounts {
		a := &b.Accounts[i]
		if a.Frozen || a.Balance <= 0 {
			continue
		}
		interest := (a.Balance*basisPoints + 5000) / 10000
		a.Balance += interest
		a.History = append(a.History, Tx{'i', interest, 0})
	}
}

func name(b *Bank, id int) string {
	a := lookup(b, id)
	if a == nil {
		return "<unknown>"
	}
	return a.Owner
}

func cents(v int64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	whole := v / 100
	frac := v % 100
	var digits []byte
	if whole == 0 {
		digits = append(digits, '0')
	}
	for whole > 0 {
		digits = append([]byte{byte('0' + whole%10)}, digits...)
		whole /= 10
	}
	s := string(digits) + "." + string([]byte{byte('0' + frac/10), byte('0' + frac%10)})
	if neg {
		s = "-" + s
	}
	return s
}

func statement(b *Bank, id int) {
	a := lookup(b, id)
	println("account", a.ID, a.Owner, "balance", cents(a.Balance), "frozen", a.Frozen)
	for _, t := range a.History {
		switch t.Kind {
		case 'd':
			println("  deposit ", cents(t.Amount))
		case 'w':
			println("  withdraw", cents(t.Amount))
		case 't':
			println("  transfer", cents(t.Amount), "with", name(b, t.Peer))
		case 'i':
			println("  interest", cents(t.Amount))
		}
	}
}

func main() {
	var bank Bank
	alice := open(&bank, "alice", 100000)
	bob := open(&bank, "bob", 2550)
	carol := open(&bank, "carol", 0)
	dave := open(&bank, "dave", 99)

	transfer(&bank, alice, bob, 12345)
	transfer(&bank, bob, carol, 5000)
	withdraw(&bank, carol, 6000) // insufficient
	withdraw(&bank, carol, 1999)
	transfer(&bank, dave, dave, 1) // same account
	transfer(&bank, dave, 42, 1)   // unknown account
	bank.Accounts[dave-1].Frozen = true
	deposit(&bank, dave, 500) // frozen
	transfer(&bank, alice, dave, 100)
	for month := 1; month <= 3; month++ {
		addInterest(&bank, 125) // 1.25% a month
	}
	deposit(&bank, bob, -5)

	var sum int64
	for i := range bank.Accounts {
		statement(&bank, bank.Accounts[i].ID)
		sum += bank.Accounts[i].Balance
	}
	println("total", cents(sum), "failed", bank.Failed)
	for i, j := range bank.Journal {
		println("journal", i, j)
	}
	println(cents(-5), cents(7), cents(123456789))
}
