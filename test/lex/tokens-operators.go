// RUN: %gosubc build -dump-tokens %s | FileCheck %s
// Every operator and punctuation token, longest match first.
package main

func f() {
	// CHECK: ADD_ASSIGN +=
	// CHECK: SUB_ASSIGN -=
	// CHECK: MUL_ASSIGN *=
	// CHECK: QUO_ASSIGN /=
	// CHECK: REM_ASSIGN %=
	// CHECK: AND_ASSIGN &=
	// CHECK: OR_ASSIGN |=
	// CHECK: XOR_ASSIGN ^=
	// CHECK: SHL_ASSIGN <<=
	// CHECK: SHR_ASSIGN >>=
	// CHECK: AND_NOT_ASSIGN &^=
	a += a -= a *= a /= a %= a &= a |= a ^= a <<= a >>= a &^= a
	// CHECK: LAND &&
	// CHECK: LOR ||
	// CHECK: ARROW <-
	// CHECK: EQL ==
	// CHECK: NEQ !=
	// CHECK: LEQ <=
	// CHECK: GEQ >=
	// CHECK: LSS <
	// CHECK: GTR >
	// CHECK: NOT !
	// CHECK: TILDE ~
	// CHECK: AND_NOT &^
	// CHECK: SHL <<
	// CHECK: SHR >>
	a && a || <-a == a != a <= a >= a < a > !a ~ a &^ a << a >> a
	// CHECK: DEFINE :=
	// CHECK: ELLIPSIS ...
	// CHECK: PERIOD .
	// CHECK: PERIOD .
	// CHECK: COLON :
	a := a... .. :
}
