//= Types
let a: u8;

let a: std::vec::Vec<u8>;

let a: HashMap<K, V>;

let a: &'a mut T;

let a: &T;

let a: *const T;

let a: *mut T;

let a: [u8; 4];

let a: &[u8];

let a: (u8, String);

let a: ();

let a: (u8,);

let a: fn(u8) -> u8;

let a: unsafe extern "C" fn(*mut u8, ...);

let a: for<'a> fn(&'a u8);

let a: impl Trait;

let a: Box<dyn Fn() + Send + 'static>;

let a: &dyn Tr;

let a: !;

let a: Vec<_>;

let a: <T as Iterator>::Item;

let a: Self;

let a: Option<Box<dyn Iterator<Item = u8>>>;

let a: m!();

fn f() -> ! { loop {} }

