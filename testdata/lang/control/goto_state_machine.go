// run

// A tokenizer written as a goto-based state machine.
package main

func main() {
	input := "abc 123 x9 42z"
	i := 0
	var tok []byte
	kind := ""
start:
	if i >= len(input) {
		goto done
	}
	tok = tok[:0]
	if input[i] == ' ' {
		i++
		goto start
	}
	if input[i] >= '0' && input[i] <= '9' {
		kind = "number"
		goto number
	}
	kind = "word"
word:
	tok = append(tok, input[i])
	i++
	if i < len(input) && input[i] != ' ' {
		goto word
	}
	goto emit
number:
	tok = append(tok, input[i])
	i++
	if i < len(input) && input[i] >= '0' && input[i] <= '9' {
		goto number
	}
emit:
	println(kind, string(tok))
	goto start
done:
	println("done")
}
