/* Token kinds, shared by the C host (dumps, diagnostics) and the shaders. */
#ifndef RUSTG_TOKENS_H
#define RUSTG_TOKENS_H

#define TK_INVALID 0
#define TK_IDENT 1
#define TK_INT 2
#define TK_STRING 3
#define TK_CHAR 4
#define TK_LIFETIME 5
#define TK_RAW_IDENT 6
#define TK_FLOAT 7
#define TK_BYTE 8              /* b'x' */
#define TK_BYTE_STRING 9       /* b"..." */
#define TK_C_STRING 10         /* c"..." */
#define TK_RAW_STRING 11       /* r"..." r#"..."# */
#define TK_RAW_BYTE_STRING 12  /* br"..." */
#define TK_RAW_C_STRING 13     /* cr"..." */
#define TK_DOC_OUTER 14        /* outer doc comments: three slashes, or slash-star-star */
#define TK_DOC_INNER 15        /* inner doc comments: slash-slash-bang, or slash-star-bang */

/* Strict and reserved keywords (edition 2021), in tools/lexgen.c's order. */
#define TK_KW_FIRST 16
#define TK_AS 16
#define TK_BREAK 17
#define TK_CONST 18
#define TK_CONTINUE 19
#define TK_CRATE 20
#define TK_ELSE 21
#define TK_ENUM 22
#define TK_EXTERN 23
#define TK_FALSE 24
#define TK_FN 25
#define TK_FOR 26
#define TK_IF 27
#define TK_IMPL 28
#define TK_IN 29
#define TK_LET 30
#define TK_LOOP 31
#define TK_MATCH 32
#define TK_MOD 33
#define TK_MOVE 34
#define TK_MUT 35
#define TK_PUB 36
#define TK_REF 37
#define TK_RETURN 38
#define TK_SELF_VALUE 39
#define TK_SELF_TYPE 40
#define TK_STATIC 41
#define TK_STRUCT 42
#define TK_SUPER 43
#define TK_TRAIT 44
#define TK_TRUE 45
#define TK_TYPE 46
#define TK_UNSAFE 47
#define TK_USE 48
#define TK_WHERE 49
#define TK_WHILE 50
#define TK_ASYNC 51
#define TK_AWAIT 52
#define TK_DYN 53
#define TK_ABSTRACT 54
#define TK_BECOME 55
#define TK_BOX 56
#define TK_DO 57
#define TK_FINAL 58
#define TK_MACRO 59
#define TK_OVERRIDE 60
#define TK_PRIV 61
#define TK_TYPEOF 62
#define TK_UNSIZED 63
#define TK_VIRTUAL 64
#define TK_YIELD 65
#define TK_TRY 66
#define TK_UNDERSCORE 67
#define TK_KW_LAST 67

/* Punctuation, in tools/lexgen.c's order. */
#define TK_PUNCT_FIRST 80
#define TK_PLUS 80
#define TK_MINUS 81
#define TK_STAR 82
#define TK_SLASH 83
#define TK_PERCENT 84
#define TK_CARET 85
#define TK_NOT 86
#define TK_AND 87
#define TK_OR 88
#define TK_ANDAND 89
#define TK_OROR 90
#define TK_SHL 91
#define TK_SHR 92
#define TK_PLUSEQ 93
#define TK_MINUSEQ 94
#define TK_STAREQ 95
#define TK_SLASHEQ 96
#define TK_PERCENTEQ 97
#define TK_CARETEQ 98
#define TK_ANDEQ 99
#define TK_OREQ 100
#define TK_SHLEQ 101
#define TK_SHREQ 102
#define TK_EQ 103
#define TK_EQEQ 104
#define TK_NE 105
#define TK_GT 106
#define TK_LT 107
#define TK_GE 108
#define TK_LE 109
#define TK_AT 110
#define TK_DOT 111
#define TK_DOTDOT 112
#define TK_DOTDOTDOT 113
#define TK_DOTDOTEQ 114
#define TK_COMMA 115
#define TK_SEMI 116
#define TK_COLON 117
#define TK_PATHSEP 118
#define TK_RARROW 119
#define TK_FATARROW 120
#define TK_POUND 121
#define TK_DOLLAR 122
#define TK_QUESTION 123
#define TK_TILDE 124
#define TK_LPAREN 125
#define TK_RPAREN 126
#define TK_LBRACKET 127
#define TK_RBRACKET 128
#define TK_LBRACE 129
#define TK_RBRACE 130
#define TK_PUNCT_LAST 130
#define TK_COUNT 131

#endif
