// run

// Two closures sharing one captured variable see each other's writes.
package main

type Account struct {
	Deposit  func(int)
	Withdraw func(int) bool
	Balance  func() int
}

func newAccount() Account {
	bal := 0
	return Account{
		Deposit: func(n int) { bal += n },
		Withdraw: func(n int) bool {
			if n > bal {
				return false
			}
			bal -= n
			return true
		},
		Balance: func() int { return bal },
	}
}

func main() {
	a := newAccount()
	b := newAccount()
	a.Deposit(100)
	println(a.Withdraw(30), a.Withdraw(100), a.Balance())
	b.Deposit(5)
	println(b.Balance(), a.Balance())
}
