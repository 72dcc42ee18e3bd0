fn main() {
    let x = -true;
%
