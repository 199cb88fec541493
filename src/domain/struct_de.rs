//! Reading a record whose fields all have defaults (`#[serde(default)]`) from a JSON object, with
//! a fraction of the code serde's derive writes: the derive also reads the struct from a JSON array
//! (a form this app never writes) and matches field names three ways, for every struct; here one
//! shared loop reads the object and each struct adds only its field list and assignments.
//!
//! The same as the derive for every object: unknown keys ignored, a key given twice an error
//! ("duplicate field `x`"), a missing key its default, a wrong value the same serde error. The one
//! difference: a record written as a JSON array (`["Amani", …]`, fields by position) is refused
//! as "invalid type: sequence", where the derive read it; the app never writes one, and a
//! hand-made file in that form was never valid under the documented format.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

/// Reads a key as its index in the struct's field names (`None`: a key it does not have).
struct Key(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|name| *name == v))
    }
}

/// Reads the object's fields into `T::default()`: `set(out, i, map)` reads the value of field `i`.
pub fn read_fields<'de, A, T, F>(
    mut map: A,
    fields: &'static [&'static str],
    mut set: F,
) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
    T: Default,
    F: FnMut(&mut T, usize, &mut A) -> Result<(), A::Error>,
{
    let mut out = T::default();
    let mut seen: u64 = 0;
    while let Some(key) = map.next_key_seed(Key(fields))? {
        match key {
            Some(i) => {
                let bit = 1u64.checked_shl(i as u32).unwrap_or(0);
                if seen & bit != 0 {
                    return Err(de::Error::duplicate_field(
                        fields.get(i).copied().unwrap_or(""),
                    ));
                }
                seen |= bit;
                set(&mut out, i, &mut map)?;
            }
            None => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    Ok(out)
}

/// `impl Deserialize` for a `Default` struct whose fields are all optional in the JSON, from its
/// field names in order: `defaulted_de!(Grief { who, when, … })` (each field's JSON key is its
/// name; no `rename`). Every field must be named: a field added to the struct and not here is a
/// compile error, never a field silently left unread. At most 64 fields.
macro_rules! defaulted_de {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        const _: fn(&$ty) = |every_field_is_read| {
            let $ty { $($field: _),* } = every_field_is_read;
        };

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                const FIELDS: &[&str] = &[$(stringify!($field)),*];
                struct Fields;
                impl<'de> serde::de::Visitor<'de> for Fields {
                    type Value = $ty;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($ty)))
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        map: A,
                    ) -> Result<$ty, A::Error> {
                        $crate::domain::struct_de::read_fields(map, FIELDS, |out: &mut $ty, i, map| {
                            #[allow(unused_assignments)]
                            let mut k = 0usize;
                            $(
                                if i == k {
                                    out.$field = map.next_value()?;
                                    return Ok(());
                                }
                                k += 1;
                            )*
                            Ok(())
                        })
                    }
                }
                d.deserialize_struct(stringify!($ty), FIELDS, Fields)
            }
        }
    };
}
pub(crate) use defaulted_de;

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(default)]
    struct Derived {
        name: String,
        items: Vec<String>,
        flag: bool,
        day: Option<u8>,
    }

    #[derive(Debug, Default, PartialEq)]
    struct Light {
        name: String,
        items: Vec<String>,
        flag: bool,
        day: Option<u8>,
    }
    super::defaulted_de!(Light {
        name,
        items,
        flag,
        day
    });

    /// Light's reading, as Derived, or the error text.
    fn light(json: &str) -> Result<Derived, String> {
        serde_json::from_str::<Light>(json)
            .map(|l| Derived {
                name: l.name,
                items: l.items,
                flag: l.flag,
                day: l.day,
            })
            // (The same message, but for the struct's name.)
            .map_err(|e| e.to_string().replace("struct Light", "struct Derived"))
    }

    fn derived(json: &str) -> Result<Derived, String> {
        serde_json::from_str::<Derived>(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_every_object_as_the_derive_does() {
        for json in [
            r#"{"name":"Amani","items":["a","b"],"flag":true,"day":3}"#,
            r#"{}"#,
            r#"{"day":null,"other":{"deep":[1,2]},"name":"x"}"#,
            r#"{"n\u0061me":"escaped key"}"#,
            r#"{"name":"twice","name":"again"}"#,
            r#"{"name":1}"#,
            r#"{"day":300}"#,
            r#"{"items":"not a list"}"#,
            r#"{"name":"cut"#,
            r#"null"#,
            r#""a string""#,
        ] {
            assert_eq!(light(json), derived(json), "{json}");
        }
    }

    #[test]
    fn the_array_form_is_refused() {
        assert!(derived(r#"["Amani",[],true,3]"#).is_ok());
        match light(r#"["Amani",[],true,3]"#) {
            Err(e) => assert!(e.starts_with("invalid type: sequence"), "{e}"),
            Ok(read) => panic!("read as {read:?}"),
        }
    }

    #[test]
    fn a_twice_given_key_is_refused() {
        match light(r#"{"flag":true,"flag":false}"#) {
            Err(e) => assert!(e.starts_with("duplicate field `flag`"), "{e}"),
            Ok(read) => panic!("read as {read:?}"),
        }
    }
}
