// Token classes and precedence levels for the parser (see parse_keys.comp).
#include "tokens.h"

#define NONE 0xffffffffu

// Precedence levels: key = depth * 32 + level. Lower binds looser.
#define LV_SEP 1u
#define LV_PREFIX 2u      // let return break continue (right-assoc)
#define LV_ARROW 3u       // -> and `in`
#define LV_ASSIGN 4u      // = += ... (right-assoc)
#define LV_COLON 5u
#define LV_RANGE 6u
#define LV_OROR 7u
#define LV_ANDAND 8u
#define LV_CMP 9u
#define LV_BITOR 10u
#define LV_BITXOR 11u
#define LV_BITAND 12u
#define LV_SHIFT 13u
#define LV_ADD 14u
#define LV_MUL 15u
#define LV_AS 16u
#define LV_UNARY 17u      // - ! mut (right-assoc)
#define LV_CALL 18u       // call ( index [ field .
#define LV_PATH 19u
#define LV_LEAF 31u
#define KEY_INVISIBLE 0xffffffffu

bool lv_right_assoc(uint lv) { return lv == LV_PREFIX || lv == LV_ASSIGN || lv == LV_UNARY; }

bool tk_open(uint k) { return k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE; }
bool tk_close(uint k) { return k == TK_RPAREN || k == TK_RBRACKET || k == TK_RBRACE; }
bool tk_header(uint k) { return k == TK_IF || k == TK_WHILE || k == TK_FOR || k == TK_LOOP || k == TK_FN; }
uint tk_partner(uint k) { return k == TK_LPAREN ? TK_RPAREN : k == TK_LBRACKET ? TK_RBRACKET : TK_RBRACE; }

// Tokens that can end an operand: a following `(` is a call, `-` is binary.
bool tk_operand_end(uint k)
{
    return k == TK_IDENT || k == TK_INT || k == TK_STRING || k == TK_CHAR || k == TK_TRUE || k == TK_FALSE ||
           k == TK_RPAREN || k == TK_RBRACKET || k == TK_SELF_VALUE;
}

// Tokens that can only begin an operand or statement (juxtaposition check).
bool tk_operand_start(uint k)
{
    return k == TK_IDENT || k == TK_INT || k == TK_STRING || k == TK_CHAR || k == TK_TRUE || k == TK_FALSE ||
           k == TK_LET || k == TK_IF || k == TK_WHILE || k == TK_LOOP || k == TK_FOR || k == TK_RETURN ||
           k == TK_BREAK || k == TK_CONTINUE || k == TK_FN;
}

uint binary_level(uint k)
{
    switch (k) {
    case TK_EQ: case TK_PLUSEQ: case TK_MINUSEQ: case TK_STAREQ: case TK_SLASHEQ: case TK_PERCENTEQ:
    case TK_CARETEQ: case TK_ANDEQ: case TK_OREQ: case TK_SHLEQ: case TK_SHREQ:
        return LV_ASSIGN;
    case TK_DOTDOT: case TK_DOTDOTEQ: return LV_RANGE;
    case TK_OROR: return LV_OROR;
    case TK_ANDAND: return LV_ANDAND;
    case TK_EQEQ: case TK_NE: case TK_LT: case TK_GT: case TK_LE: case TK_GE: return LV_CMP;
    case TK_OR: return LV_BITOR;
    case TK_CARET: return LV_BITXOR;
    case TK_AND: return LV_BITAND;
    case TK_SHL: case TK_SHR: return LV_SHIFT;
    case TK_PLUS: case TK_MINUS: return LV_ADD;
    case TK_STAR: case TK_SLASH: case TK_PERCENT: return LV_MUL;
    case TK_AS: return LV_AS;
    case TK_COLON: return LV_COLON;
    case TK_RARROW: case TK_IN: return LV_ARROW;
    case TK_PATHSEP: return LV_PATH;
    case TK_DOT: return LV_CALL;
    default: return 0u;
    }
}

// Per-token parser arrays live in one buffer, field f of token i at f * stride + i.
#include "parse_fields.h"
