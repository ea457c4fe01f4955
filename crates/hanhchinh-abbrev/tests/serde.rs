//! The findings serialize (feature `serde`): `cargo test -p hanhchinh-abbrev --features serde`.

#![cfg(feature = "serde")]

use hanhchinh_abbrev::{find, find_legal_refs, split_titles, Context, ProvinceKind};
use serde_json::json;

#[test]
fn findings_serialize() {
    let ctx = Context::new().province_kind(ProvinceKind::Province);
    let text = "Kỳ họp HĐND xã";
    let m = &find(text, &ctx)[0];
    let v = serde_json::to_value(m).unwrap();
    assert_eq!(v["text"], "HĐND");
    let start = text.find("HĐND").unwrap();
    assert_eq!(
        v["span"],
        json!({"start": start, "end": start + "HĐND".len()})
    );
    assert_eq!(v["category"], "organ");
    assert_eq!(v["candidates"][0]["expansion"], "Hội đồng nhân dân");
    assert_eq!(v["candidates"][0]["condition"], "always");

    let r = &find_legal_refs("Quyết định số 7/QĐ-UBND ngày 2/3/2021", &ctx)[0];
    let v = serde_json::to_value(r).unwrap();
    assert_eq!(v["doc_type"], "Quyết định");
    assert_eq!(v["issuer"], "UBND");
    assert_eq!(v["date"], "2021-03-02");

    let t = &split_titles("Phó Chủ tịch UBND huyện", &ctx)[0];
    let v = serde_json::to_value(t).unwrap();
    assert_eq!(v["expanded"], "Phó Chủ tịch Ủy ban nhân dân huyện");
    assert_eq!(v["organ"], "Ủy ban nhân dân");
    assert_eq!(v["level"], "huyện");
    assert!(v["place"].is_null());
    assert!(v.get("open_head").is_none());
}
