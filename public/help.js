// The static help page (/help.html): works with no WASM, offline once the service worker has it.
// Shows her care team when the app saved it for this page (never with a passcode), her country's
// verified lines from /helplines.json (the same file the app is built from), or a country chooser.
// No inline script or style: the page's Content-Security-Policy allows only files from this site.
// TEXT is a copy of the keys it needs from locales/*/safety.json and common.json: when those
// change, change it here too.
(function () {
  "use strict";
  var TEXT = {
  "en": {
    "title": "You are not alone",
    "lead": "Help is here, day and night. This app is not monitored by anyone, so if you need someone now, please reach out to one of these.",
    "crisis_title": "Crisis contacts",
    "crisis_title_in": "Crisis contacts in {{ country }}",
    "call": "Call {{ number }}",
    "sms": "Text {{ number }}",
    "choose_here": "Which country are you in?",
    "local_help": "No helpline number here could be checked against an official source yet. Ask your health worker or clinic which local services can help, and add their number to your care team in Settings.",
    "emergency": "Emergency",
    "local_emergency": "Your local emergency number",
    "own_title": "Your care team",
    "call_name": "Call {{ name }}",
    "hurt_title": "Is someone hurting you?",
    "hurt_no_line": "No violence helpline here could be checked against an official source yet. Your health worker, midwife or clinic can tell you about local help.",
    "hurt_teaser": "Abuse can start or get worse during pregnancy and after a baby is born. You do not have to face it alone.",
    "not_chosen": "Not chosen",
    "note_immediate_danger": "Immediate danger",
    "note_crisis_support": "Crisis support, 24/7",
    "note_call_or_text": "Call or text, 24/7",
    "note_free": "Free, 24/7",
    "note_free_confidential": "Free, 24/7, confidential",
    "note_maternal_hotline": "Call or text, 24/7, English and Spanish. Not a crisis line.",
    "note_not_crisis_line": "Not a crisis line.",
    "note_violence_line": "Violence and abuse, 24/7",
    "note_local_emergency": "Immediate danger. 112 works from most mobile phones; use your country's number if you know it."
  },
  "es": {
    "title": "Alguien puede ayudarte",
    "lead": "Hay ayuda, de día y de noche. Nadie vigila esta app, así que si necesitas a alguien ahora, por favor comunícate con uno de estos contactos.",
    "crisis_title": "Contactos de crisis",
    "crisis_title_in": "Contactos de crisis en {{ country }}",
    "call": "Llamar al {{ number }}",
    "sms": "Enviar SMS al {{ number }}",
    "choose_here": "¿En qué país estás?",
    "local_help": "Todavía no se ha podido comprobar aquí ningún número de ayuda con una fuente oficial. Pregunta a tu agente de salud o a tu clínica qué servicios locales pueden ayudarte, y añade su número a tu equipo de cuidado en Ajustes.",
    "emergency": "Emergencias",
    "local_emergency": "Tu número local de emergencias",
    "own_title": "Tu equipo de cuidado",
    "call_name": "Llamar a {{ name }}",
    "hurt_title": "¿Alguien te está haciendo daño?",
    "hurt_no_line": "Todavía no se ha podido comprobar aquí ninguna línea contra la violencia con una fuente oficial. Tu agente de salud, tu matrona o tu clínica pueden informarte de la ayuda local.",
    "hurt_teaser": "El maltrato puede empezar o empeorar durante el embarazo y después del parto. No tienes que enfrentarlo sola.",
    "not_chosen": "Sin elegir",
    "note_immediate_danger": "Peligro inmediato",
    "note_crisis_support": "Apoyo en crisis, las 24 horas, todos los días",
    "note_call_or_text": "Llamada o mensaje, las 24 horas, todos los días",
    "note_free": "Gratis, las 24 horas, todos los días",
    "note_free_confidential": "Gratis, las 24 horas, todos los días, confidencial",
    "note_maternal_hotline": "Llamada o mensaje, las 24 horas, todos los días, en inglés y en español. No es una línea de crisis.",
    "note_not_crisis_line": "No es una línea de crisis.",
    "note_violence_line": "Violencia y maltrato, 24/7",
    "note_local_emergency": "Peligro inmediato. El 112 funciona desde la mayoría de los móviles; usa el número de tu país si lo conoces."
  },
  "fr": {
    "title": "Quelqu’un peut vous aider",
    "lead": "De l’aide existe, de jour comme de nuit. Personne ne surveille cette application : si vous avez besoin de quelqu’un maintenant, contactez l’un de ces numéros.",
    "crisis_title": "Contacts d’urgence",
    "crisis_title_in": "Contacts d’urgence : {{ country }}",
    "call": "Appeler le {{ number }}",
    "sms": "Envoyer un SMS au {{ number }}",
    "choose_here": "Dans quel pays êtes-vous ?",
    "local_help": "Aucun numéro d’aide d’ici n’a encore pu être vérifié auprès d’une source officielle. Demandez à votre agent de santé ou à votre clinique quels services locaux peuvent vous aider, et ajoutez leur numéro à votre équipe de soins dans Réglages.",
    "emergency": "Urgences",
    "local_emergency": "Le numéro d’urgence de votre pays",
    "own_title": "Votre équipe de soins",
    "call_name": "Appeler {{ name }}",
    "hurt_title": "Quelqu’un vous fait-il du mal ?",
    "hurt_no_line": "Aucune ligne d’écoute contre les violences d’ici n’a encore pu être vérifiée auprès d’une source officielle. Votre agent de santé, votre sage-femme ou votre clinique peuvent vous indiquer l’aide locale.",
    "hurt_teaser": "La violence peut commencer ou s’aggraver pendant la grossesse et après la naissance. Vous n’avez pas à y faire face seule.",
    "not_chosen": "Non choisi",
    "note_immediate_danger": "Danger immédiat",
    "note_crisis_support": "Soutien en cas de crise, 24 h/24, 7 j/7",
    "note_call_or_text": "Appel ou SMS, 24 h/24, 7 j/7",
    "note_free": "Gratuit, 24 h/24, 7 j/7",
    "note_free_confidential": "Gratuit, 24 h/24, 7 j/7, confidentiel",
    "note_maternal_hotline": "Appel ou SMS, 24 h/24, 7 j/7, en anglais et en espagnol. Ce n’est pas une ligne de crise.",
    "note_not_crisis_line": "Ce n’est pas une ligne de crise.",
    "note_violence_line": "Violences et maltraitance, 24 h/24, 7 j/7",
    "note_local_emergency": "Danger immédiat. Le 112 fonctionne depuis la plupart des téléphones portables ; utilisez le numéro de votre pays si vous le connaissez."
  },
  "ar": {
    "title": "لستِ وحدك",
    "lead": "المساعدة موجودة ليلًا ونهارًا. لا أحد يراقب هذا التطبيق، لذلك إن كنتِ تحتاجين إلى أحد الآن، تواصلي من فضلك مع إحدى هذه الجهات.",
    "crisis_title": "أرقام الطوارئ",
    "crisis_title_in": "أرقام الطوارئ في {{ country }}",
    "call": "اتصلي بالرقم {{ number }}",
    "sms": "أرسلي رسالة نصية إلى {{ number }}",
    "choose_here": "في أي بلد أنتِ؟",
    "local_help": "لم نتمكن بعد من التحقق من أي رقم مساعدة هنا من مصدر رسمي. اسألي العاملة الصحية أو العيادة عن الخدمات المحلية التي يمكنها مساعدتك، وأضيفي رقمها إلى فريق رعايتك في الإعدادات.",
    "emergency": "الطوارئ",
    "local_emergency": "رقم الطوارئ في بلدك",
    "own_title": "فريق رعايتك",
    "call_name": "اتصلي بـ {{ name }}",
    "hurt_title": "هل يؤذيكِ أحد؟",
    "hurt_no_line": "لم نتمكن بعد من التحقق من خط مساعدة لحالات العنف هنا من مصدر رسمي. يمكن للعاملة الصحية أو القابلة أو العيادة أن تخبركِ عن المساعدة المحلية.",
    "hurt_teaser": "قد تبدأ الإساءة أو تزداد أثناء الحمل وبعد الولادة. لستِ مضطرة لمواجهتها وحدك.",
    "not_chosen": "لم يُحدَّد",
    "note_immediate_danger": "خطر مباشر",
    "note_crisis_support": "دعم في الأزمات، على مدار الساعة كل أيام الأسبوع",
    "note_call_or_text": "اتصال أو رسالة، على مدار الساعة كل أيام الأسبوع",
    "note_free": "مجاني، على مدار الساعة كل أيام الأسبوع",
    "note_free_confidential": "مجاني وسرّي، على مدار الساعة كل أيام الأسبوع",
    "note_maternal_hotline": "اتصال أو رسالة، على مدار الساعة كل أيام الأسبوع، بالإنجليزية والإسبانية. ليس خطًا للأزمات.",
    "note_not_crisis_line": "ليس خطًا للأزمات.",
    "note_violence_line": "العنف والإساءة، على مدار الساعة",
    "note_local_emergency": "خطر مباشر. الرقم 112 يعمل من أغلب الهواتف المحمولة؛ استخدمي رقم بلدك إن كنتِ تعرفينه."
  },
  "sw": {
    "title": "Hauko peke yako",
    "lead": "Msaada upo, mchana na usiku. Hakuna mtu anayefuatilia programu hii, kwa hivyo ukihitaji mtu sasa hivi, tafadhali wasiliana na mmoja wa hawa.",
    "crisis_title": "Namba za dharura",
    "crisis_title_in": "Namba za dharura nchini {{ country }}",
    "call": "Piga {{ number }}",
    "sms": "Tuma SMS kwa {{ number }}",
    "choose_here": "Uko nchi gani?",
    "local_help": "Bado hatujaweza kuthibitisha namba yoyote ya msaada hapa kutoka chanzo rasmi. Muulize mhudumu wako wa afya au kliniki ni huduma gani za karibu zinaweza kukusaidia, na uongeze namba yao kwenye timu yako ya huduma katika Mipangilio.",
    "emergency": "Dharura",
    "local_emergency": "Namba ya dharura ya nchi yako",
    "own_title": "Timu yako ya huduma",
    "call_name": "Mpigie {{ name }}",
    "hurt_title": "Je, kuna mtu anayekuumiza?",
    "hurt_no_line": "Bado hatujaweza kuthibitisha namba ya msaada wa ukatili hapa kutoka chanzo rasmi. Mhudumu wako wa afya, mkunga au kliniki wanaweza kukueleza kuhusu msaada wa karibu.",
    "hurt_teaser": "Unyanyasaji unaweza kuanza au kuzidi wakati wa ujauzito na baada ya mtoto kuzaliwa. Huhitaji kukabiliana nao peke yako.",
    "not_chosen": "Haijachaguliwa",
    "note_immediate_danger": "Hatari ya papo hapo",
    "note_crisis_support": "Msaada wakati wa dharura, saa 24 kila siku",
    "note_call_or_text": "Piga simu au tuma ujumbe, saa 24 kila siku",
    "note_free": "Bure, saa 24 kila siku",
    "note_free_confidential": "Bure, saa 24 kila siku, kwa siri",
    "note_maternal_hotline": "Piga simu au tuma ujumbe, saa 24 kila siku, kwa Kiingereza na Kihispania. Si huduma ya dharura.",
    "note_not_crisis_line": "Si huduma ya dharura.",
    "note_violence_line": "Ukatili na unyanyasaji, saa 24 kila siku",
    "note_local_emergency": "Hatari ya papo hapo. 112 inafanya kazi kwenye simu nyingi za mkononi; tumia namba ya nchi yako kama unaijua."
  }
};
  var NOTE_IDS = ["immediate_danger", "crisis_support", "call_or_text", "free", "free_confidential",
    "maternal_hotline", "not_crisis_line", "violence_line", "local_emergency"];
  var DIAL = /^\+?[0-9]{3,15}$/;

  function get(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function language() {
    var chosen = get("between-sessions:language");
    if (chosen && TEXT[chosen]) return chosen;
    var tags = navigator.languages || [navigator.language || "en"];
    for (var i = 0; i < tags.length; i++) {
      var code = String(tags[i]).toLowerCase().split(/[-_]/)[0];
      if (TEXT[code]) return code;
    }
    return "en";
  }
  function region(tags, codes) {
    for (var i = 0; i < tags.length; i++) {
      var parts = String(tags[i]).split(/[-_]/);
      for (var j = 1; j < parts.length; j++) {
        var r = parts[j].toUpperCase();
        if (r.length === 2 && codes.indexOf(r) >= 0) return r;
      }
    }
    return "";
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }
  // "Call {{ number }}" with the number kept left to right.
  function fill(template, name, node) {
    var parts = template.split("{{ " + name + " }}");
    var span = el("span");
    span.appendChild(document.createTextNode(parts[0]));
    span.appendChild(node);
    if (parts[1]) span.appendChild(document.createTextNode(parts[1]));
    return span;
  }
  function ltr(text) { return el("bdi", { dir: "ltr" }, [text]); }

  var lang = language();
  var T = TEXT[lang];
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.title = T.title;
  document.getElementById("title").textContent = T.title;
  document.getElementById("lead").textContent = T.lead;
  var root = document.getElementById("help");

  var saved = null;
  try { saved = JSON.parse(get("between-sessions:help") || "null"); } catch (e) { saved = null; }

  function contactItem(name, note, dial, shown, sms) {
    var actions = el("span", { "class": "contact-actions" }, [
      el("a", { "class": "button call", href: "tel:" + dial }, [fill(T.call, "number", ltr(shown))])
    ]);
    if (sms) actions.appendChild(el("a", { "class": "button quiet", href: "sms:" + dial }, [fill(T.sms, "number", ltr(shown))]));
    return el("li", { "class": "contact" }, [
      el("span", { "class": "contact-name" }, [name]),
      el("span", { "class": "contact-note" }, [note]),
      actions
    ]);
  }

  // Her care team, when the app left it for this page.
  if (saved && Array.isArray(saved.contacts) && saved.contacts.length) {
    var list = el("ul", { "class": "contacts" });
    saved.contacts.forEach(function (c) {
      if (!c || typeof c.dial !== "string" || !DIAL.test(c.dial)) return;
      var label = String(c.label || "");
      list.appendChild(el("li", { "class": "contact" }, [
        el("span", { "class": "contact-name" }, [el("bdi", {}, [label])]),
        el("span", { "class": "contact-note" }, [ltr(String(c.number || ""))]),
        el("span", { "class": "contact-actions" }, [
          el("a", { "class": "button call", href: "tel:" + c.dial }, [fill(T.call_name, "name", el("bdi", {}, [label]))])
        ])
      ]));
    });
    if (list.childNodes.length) {
      root.appendChild(el("section", { "class": "card", "aria-labelledby": "own-title" }, [
        el("h2", { id: "own-title" }, [T.own_title]), list
      ]));
    }
  }

  var section = el("section", { "class": "card", "aria-labelledby": "crisis-title" });
  root.appendChild(section);

  function noteText(id) { return NOTE_IDS.indexOf(id) >= 0 ? T["note_" + id] : ""; }
  function countryName(c) {
    try {
      if (lang !== "en" && window.Intl && Intl.DisplayNames) {
        var n = new Intl.DisplayNames([lang], { type: "region" }).of(c.code);
        if (n && n !== c.code) return n;
      }
    } catch (e) {}
    return c.name;
  }

  function render(countries, code) {
    section.textContent = "";
    var country = null;
    countries.forEach(function (c) { if (c.code === code) country = c; });
    var heading = country ? T.crisis_title_in.replace("{{ country }}", countryName(country)) : T.crisis_title;
    section.appendChild(el("h2", { id: "crisis-title" }, [heading]));
    var list = el("ul", { "class": "contacts" });
    var violence = [];
    if (!country) {
      list.appendChild(contactItem(T.local_emergency, T.note_local_emergency, "112", "112", false));
    } else {
      if (!country.lines.length) section.appendChild(el("p", {}, [T.local_help]));
      country.lines.forEach(function (l) {
        if (!DIAL.test(l.dial)) return;
        if (l.kind === "violence") { violence.push(l); return; }
        list.appendChild(contactItem(el("bdi", {}, [l.name]), noteText(l.note), l.dial, l.shown, l.text === true));
      });
      var e = country.emergency;
      if (e && DIAL.test(e.dial)) {
        var shown = String(e.shown).split(" or ")[0];
        list.appendChild(contactItem(T.emergency, T.note_immediate_danger, e.dial, shown, false));
      }
    }
    section.appendChild(list);
    var select = el("select", { id: "country" }, [el("option", { value: "" }, [T.not_chosen])]);
    countries.forEach(function (c) {
      var o = el("option", { value: c.code }, [countryName(c)]);
      if (c.code === code) o.setAttribute("selected", "");
      select.appendChild(o);
    });
    select.addEventListener("change", function () { render(countries, select.value); document.getElementById("country").focus(); });
    section.appendChild(el("div", { "class": "field" }, [el("label", { "for": "country" }, [T.choose_here]), select]));
    var hurt = el("section", { "class": "card", "aria-labelledby": "hurt-title" }, [
      el("h2", { id: "hurt-title" }, [T.hurt_title]), el("p", {}, [T.hurt_teaser])
    ]);
    var vlist = el("ul", { "class": "contacts" });
    violence.forEach(function (l) { vlist.appendChild(contactItem(el("bdi", {}, [l.name]), noteText(l.note), l.dial, l.shown, false)); });
    if (violence.length) hurt.appendChild(vlist); else if (country) hurt.appendChild(el("p", {}, [T.hurt_no_line]));
    var old = document.getElementById("hurt-section");
    if (old) old.parentNode.removeChild(old);
    hurt.id = "hurt-section";
    root.appendChild(hurt);
  }

  fetch("/helplines.json").then(function (r) { return r.json(); }).then(function (doc) {
    var countries = Array.isArray(doc.countries) ? doc.countries : [];
    var codes = countries.map(function (c) { return c.code; });
    var code = saved && typeof saved.country === "string" && codes.indexOf(saved.country) >= 0 ? saved.country : "";
    if (!code) code = region(navigator.languages || [], codes);
    render(countries, code);
  }).catch(function () { render([], ""); });
})();
