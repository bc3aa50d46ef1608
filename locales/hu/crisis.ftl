### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: written to stand inside the [text] sentences below
##                (article, quotes or case as they need); label: only the
##                line's name, held as a label ("Name: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format; "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Nagyon sajnálom, hogy ezen kell keresztülmenned, és örülök, hogy elmondtad. Nem kell egyedül megküzdened ezzel.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Most azonnal elérhető számodra { $line_name }, { support-reach }.{ support-free }
               *[label] Most azonnal elérhető számodra egy segélyvonal. { $line_name } – { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Jelenleg zárva van { $line_name }; { support-opens } újra elérhető lesz, { support-reach }.{ support-free }
               *[label] Ez a segélyvonal most zárva van; { support-opens } újra elérhető lesz. { $line_name } – { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Segítséget nyújt { $line_name }, { support-reach }.{ support-free }
               *[label] Ezen a segélyvonalon kérhetsz segítséget. { $line_name } – { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Segélyvonalat a saját országodban itt találhatsz: { $directory }.
               *[no] Segélyvonalat itt is találhatsz: { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] ma { $opens_at }-kor
        [tomorrow] holnap { $opens_at }-kor
        [mon] hétfőn { $opens_at }-kor
        [tue] kedden { $opens_at }-kor
        [wed] szerdán { $opens_at }-kor
        [thu] csütörtökön { $opens_at }-kor
        [fri] pénteken { $opens_at }-kor
        [sat] szombaton { $opens_at }-kor
        [sun] vasárnap { $opens_at }-kor
       *[none] később
    }

support-reach =
    { $reach ->
        [call] telefonon: { $contact }
        [text] SMS-ben: { $contact }
        [chat] chaten: { $contact }
        [whatsapp] WhatsAppon: { $contact }
       *[web] a weboldalon: { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}A szolgáltatás ingyenes.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ha közvetlen veszélyben vagy, kérlek, most azonnal fordulj a helyi segélyhívó szolgálathoz.
       *[other] Ha közvetlen veszélyben vagy, most azonnal hívd a segélyhívót: { $emergency }.
    }

support-closing = Az is segíthet, ha beszélsz valakivel, akiben megbízol. Ilyen nehéz érzések is enyhülhetnek, ha van, aki támogat, és velem is nyugodtan beszélgethetsz tovább.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Melyik országban vagy? Akkor meg tudok mutatni egy segélyvonalat az országodban.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at (the time, written the way this locale writes a
## time, or "none"), $opens_day (as in support-opens),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Telefon: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Ingyenes{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Éjjel-nappal elérhető
        [open] Most elérhető, { $closes_at }-ig{ summary-schedule }
        [closed] Most zárva, { summary-opens } nyit{ summary-schedule }
       *[unknown] Nyitvatartás nincs megadva
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] { $opens_at }-kor
        [tomorrow] holnap { $opens_at }-kor
        [mon] hétfőn { $opens_at }-kor
        [tue] kedden { $opens_at }-kor
        [wed] szerdán { $opens_at }-kor
        [thu] csütörtökön { $opens_at }-kor
        [fri] pénteken { $opens_at }-kor
        [sat] szombaton { $opens_at }-kor
        [sun] vasárnap { $opens_at }-kor
       *[none] később
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(naponta { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] H
        [tue] K
        [wed] Sze
        [thu] Cs
        [fri] P
        [sat] Szo
       *[sun] V
    }
summary-last-day =
    { $last ->
        [mon] H
        [tue] K
        [wed] Sze
        [thu] Cs
        [fri] P
        [sat] Szo
       *[sun] V
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – előnézet
preview-heading = előnézet
preview-skip = Ugrás a tartalomhoz
preview-protocol-link = Hogyan irányítja ez a szolgáltatás az embereket a segítséghez
preview-intro = Karbantartóknak és integrátoroknak: mit mutatna egy chatbot, kizárólag a nyilvános API-ból összeállítva. Ne illessz be ide valódi beszélgetéseket.
preview-views = Nézetek
preview-tab-lookup = Keresés
preview-tab-coverage = Lefedettség
preview-tab-locales = Nyelvi változatok
preview-loading = Betöltés…

## The lookup form.
preview-message = Üzenet
preview-message-hint = Csak a nyelv felismerésére szolgál.
preview-locale = Nyelvi változat
preview-locale-none = — nincs —
preview-country = Ország
preview-country-unknown = — ismeretlen —
preview-topics = Témák
preview-topics-hint = Vesszővel elválasztva, például: { $examples }
preview-channels = Csatornák
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Keresés
preview-error-vocabularies = Nem sikerült betölteni az országokat vagy a nyelvi változatokat ({ $error }).
preview-error-lookup = A keresés nem sikerült ({ $error }).

## The answer.
preview-chat-shows = Amit a chat mutat
preview-raw-json = Nyers JSON
preview-meta-language = Nyelv: { $code } (forrás: { $source })
preview-meta-country = Ország: { $code } (forrás: { $source })
preview-meta-country-unknown = Ország: ismeretlen
preview-meta-locale = Nyelvi változat: { $code }
preview-meta-lines = Segélyvonalak: { $count }
preview-international = Nemzetközi jegyzékek

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Segélyhívó:
preview-police = rendőrség
preview-ambulance = mentők
preview-fire = tűzoltóság
preview-open-now = Most elérhető
preview-closed-now = Most zárva
preview-hours-unknown = Nyitvatartás ismeretlen
preview-action-call = Hívás: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Chat
preview-action-website = Weboldal
preview-fact-languages = Nyelvek: { $list }
preview-fact-languages-none = Nyelvek: nincs megadva
preview-fact-hours = Nyitvatartás: { $times }
preview-fact-checked = A szolgáltatónál ellenőrizve: { $date }
preview-fact-newest-source = Legfrissebb forrás: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Források: a vonal saját oldala
preview-evidence-corroborated = Források: két független kiadó
preview-evidence-single = Források: egyetlen listabejegyzés
preview-evidence-conflict = Források: ellentmondanak egymásnak
preview-fact-country = Ország: { $code }

## The coverage tab.
preview-coverage-summary = Országok és területek: { $total } · segélyvonallal: { $covered } · csak segélyhívó számmal: { $uncovered }.
preview-coverage-age = Vonalak, amelyek legfrissebb forrása 24 hónapnál régebbi: { $stale } / { $total }.
preview-map-caption = A lefedettség világtérképe
preview-map-line = Van segélyvonal
preview-map-emergency = Csak segélyhívó szám
preview-map-none = Nincs az adatokban
preview-coverage-legend = A kiemelt sorokban csak segélyhívó szám van, kiválasztott segélyvonal nincs.
preview-coverage-caption = Országok és területek (rendezés az oszlopok gombjaival)
preview-column-code = Kód
preview-column-lines = Segélyvonalak
preview-column-languages = Nyelvek
preview-column-emergency = Segélyhívó
preview-column-stale = Régi forrású vonalak
preview-emergency-only = csak segélyhívó
preview-error-countries = Nem sikerült betölteni az országokat ({ $error }).

## The locales tab.
preview-locales-summary = Nyelvi változatok: { $total } · anyanyelvi ellenőrzéssel: { $reviewed }.
preview-locales-caption = A mellékelt nyelvi változatok és ellenőrzésük állapota
preview-column-native-name = Név a saját nyelvén
preview-column-direction = Írásirány
preview-column-review = Ellenőrzés
preview-reviewed = Ellenőrizve
preview-not-reviewed = Nincs ellenőrizve
preview-error-locales = Nem sikerült betölteni a nyelvi változatokat ({ $error }).
