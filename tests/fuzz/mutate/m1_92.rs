fn main {}
n()(!= {}
