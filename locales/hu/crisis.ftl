### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_at    when a closed line opens again ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Nagyon sajnálom, hogy ezen kell keresztülmenned, és örülök, hogy elmondtad. Nem kell egyedül megküzdened ezzel.

support-body =
    { $line_state ->
        [open] { $line_name } most azonnal elérhető, { support-reach }.{ support-free }
        [closed] { $line_name } most zárva van, de { $opens_at }-kor újra elérhető lesz, { support-reach }.{ support-free }
        [unknown] { $line_name } segítséget nyújt, { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Itt találhatsz segélyvonalat a közeledben: { $directory }.
           *[no] Ha megírod, melyik országban vagy, megkeresem a hozzád legközelebbi segélyvonalat. Itt is találhatsz egyet: { $directory }.
        }
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

## The question asked when we do not know the person's country.
ask-country = Melyik országban vagy? Akkor meg tudok mutatni egy segélyvonalat a közeledben.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
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
        [closed] Most zárva, { $opens_at }-kor nyit{ summary-schedule }
       *[unknown] Nyitvatartás nincs megadva
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
preview-intro = Karbantartóknak és integrátoroknak: mit mutatna egy chatbot, kizárólag a nyilvános API-ból összeállítva. Ne illessz be ide valódi beszélgetéseket.
preview-views = Nézetek
preview-tab-lookup = Keresés
preview-tab-coverage = Lefedettség
preview-tab-locales = Nyelvi változatok
preview-loading = Betöltés…
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
preview-chat-shows = Amit a chat mutat
preview-raw-json = Nyers JSON
preview-meta-language = Nyelv: { $code } (forrás: { $source })
preview-meta-country = Ország: { $code } (forrás: { $source })
preview-meta-country-unknown = Ország: ismeretlen
preview-meta-locale = Nyelvi változat: { $code }
preview-meta-lines = Segélyvonalak: { $count }
preview-international = Nemzetközi jegyzékek
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
preview-fact-verified = Ellenőrizve: { $date }
preview-fact-evidence = Források: { $evidence }
preview-fact-country = Ország: { $code }
preview-coverage-summary = Országok és területek: { $total } · segélyvonallal: { $covered } · csak segélyhívó számmal: { $uncovered }.
preview-coverage-pending = Az ellenőrzési dátumok betöltése… hátravan: { $count }.
preview-coverage-oldest = Egy segélyvonal legrégebbi ellenőrzése: { $date }.
preview-coverage-legend = A kiemelt sorokban csak segélyhívó szám van, kiválasztott segélyvonal nincs.
preview-coverage-caption = Országok és területek (rendezés az oszlopok gombjaival)
preview-column-code = Kód
preview-column-lines = Segélyvonalak
preview-column-languages = Nyelvek
preview-column-emergency = Segélyhívó
preview-column-verified = Legrégebbi ellenőrzés
preview-emergency-only = csak segélyhívó
preview-error-countries = Nem sikerült betölteni az országokat ({ $error }).
preview-locales-summary = Nyelvi változatok: { $total } · anyanyelvi ellenőrzéssel: { $reviewed }.
preview-locales-caption = A mellékelt nyelvi változatok és ellenőrzésük állapota
preview-column-native-name = Saját név
preview-column-direction = Írásirány
preview-column-review = Ellenőrzés
preview-reviewed = Ellenőrizve
preview-not-reviewed = Nincs ellenőrizve
preview-error-locales = Nem sikerült betölteni a nyelvi változatokat ({ $error }).
