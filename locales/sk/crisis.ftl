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

support-opening = Je mi veľmi ľúto, čím si prechádzate, a je dobre, že o tom hovoríte. Nemusíte to zvládať bez pomoci.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Hneď teraz sa môžete obrátiť na { $line_name }: { support-reach }.{ support-free }
               *[label] Hneď teraz sa môžete obrátiť na linku pomoci. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Na { $line_name } sa teraz obrátiť nedá, znova to bude možné { support-opens }: { support-reach }.{ support-free }
               *[label] Táto linka je teraz mimo prevádzky, znova bude dostupná { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Môžete sa obrátiť na { $line_name }: { support-reach }.{ support-free }
               *[label] Tu je linka pomoci, na ktorú sa môžete obrátiť. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Linku pomoci vo svojej krajine nájdete na { $directory }.
               *[no] Linku pomoci nájdete aj na { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] dnes o { $opens_at }
        [tomorrow] zajtra o { $opens_at }
        [mon] v pondelok o { $opens_at }
        [tue] v utorok o { $opens_at }
        [wed] v stredu o { $opens_at }
        [thu] vo štvrtok o { $opens_at }
        [fri] v piatok o { $opens_at }
        [sat] v sobotu o { $opens_at }
        [sun] v nedeľu o { $opens_at }
       *[none] neskôr
    }

support-reach =
    { $reach ->
        [call] zavolajte na číslo { $contact }
        [text] pošlite SMS na číslo { $contact }
        [chat] napíšte do chatu na { $contact }
        [whatsapp] napíšte cez WhatsApp na číslo { $contact }
       *[web] navštívte { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Je to zadarmo.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ak ste v bezprostrednom ohrození, kontaktujte, prosím, hneď miestnu záchrannú službu.
       *[other] Ak ste v bezprostrednom ohrození, zavolajte hneď na číslo { $emergency }.
    }

support-closing = Pomôcť môže aj rozhovor s niekým, komu dôverujete. S podporou môžu aj také ťažké pocity poľaviť a so mnou môžete hovoriť ďalej.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = V ktorej krajine ste? Potom vám môžem ukázať linku pomoci vo vašej krajine.

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
       *[other] Volajte { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Zadarmo{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Nonstop
        [open] Teraz otvorené, do { $closes_at }{ summary-schedule }
        [closed] Teraz zatvorené, otvára { summary-opens }{ summary-schedule }
       *[unknown] Prevádzkový čas neuvedený
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] o { $opens_at }
        [tomorrow] zajtra o { $opens_at }
        [mon] v pondelok o { $opens_at }
        [tue] v utorok o { $opens_at }
        [wed] v stredu o { $opens_at }
        [thu] vo štvrtok o { $opens_at }
        [fri] v piatok o { $opens_at }
        [sat] v sobotu o { $opens_at }
        [sun] v nedeľu o { $opens_at }
       *[none] neskôr
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(denne { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] po
        [tue] ut
        [wed] st
        [thu] št
        [fri] pi
        [sat] so
       *[sun] ne
    }
summary-last-day =
    { $last ->
        [mon] po
        [tue] ut
        [wed] st
        [thu] št
        [fri] pi
        [sat] so
       *[sun] ne
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Náhľad crisis-lookup
preview-heading = náhľad
preview-skip = Prejsť na obsah
preview-protocol-link = Ako táto služba odkazuje ľudí na pomoc
preview-intro = Pre správcov a integrátorov: čo by zobrazil chatbot, zostavené len z verejného API. Nevkladajte sem skutočné konverzácie.
preview-views = Zobrazenia
preview-tab-lookup = Vyhľadávanie
preview-tab-coverage = Pokrytie
preview-tab-locales = Jazykové verzie
preview-loading = Načítava sa…

## The lookup form.
preview-message = Správa
preview-message-hint = Slúži len na rozpoznanie jazyka.
preview-locale = Jazyková verzia
preview-locale-none = — žiadna —
preview-country = Krajina
preview-country-unknown = — neznáma —
preview-topics = Témy
preview-topics-hint = Oddelené čiarkami, napríklad: { $examples }
preview-channels = Kanály
preview-channel-phone = Telefón
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Vyhľadať
preview-error-vocabularies = Krajiny alebo jazykové verzie sa nepodarilo načítať ({ $error }).
preview-error-lookup = Vyhľadávanie sa nepodarilo ({ $error }).

## The answer.
preview-chat-shows = Čo zobrazí chat
preview-raw-json = Surový JSON
preview-meta-language = Jazyk: { $code } (podľa: { $source })
preview-meta-country = Krajina: { $code } (podľa: { $source })
preview-meta-country-unknown = Krajina: neznáma
preview-meta-locale = Jazyková verzia: { $code }
preview-meta-lines = Linky pomoci: { $count }
preview-international = Medzinárodné adresáre

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Tiesňové volanie:
preview-police = polícia
preview-ambulance = záchranná služba
preview-fire = hasiči
preview-open-now = Teraz otvorené
preview-closed-now = Teraz zatvorené
preview-hours-unknown = Prevádzkový čas neznámy
preview-action-call = Volajte { $number }
preview-action-text = SMS { $number }
preview-action-chat = Chat
preview-action-website = Web
preview-fact-languages = Jazyky: { $list }
preview-fact-languages-none = Jazyky: neuvedené
preview-fact-hours = Prevádzkový čas: { $times }
preview-fact-checked = Overené u prevádzkovateľa: { $date }
preview-fact-newest-source = Najnovší zdroj: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Zdroje: vlastná stránka linky
preview-evidence-corroborated = Zdroje: dvaja nezávislí vydavatelia
preview-evidence-single = Zdroje: len jeden záznam v zozname
preview-evidence-conflict = Zdroje: si odporujú
preview-fact-country = Krajina: { $code }

## The coverage tab.
preview-coverage-summary = Krajiny a územia: { $total } · s linkami pomoci: { $covered } · len s tiesňovým číslom: { $uncovered }.
preview-coverage-age = Linky, ktorých najnovší zdroj je starší ako 24 mesiacov: { $stale } z { $total }.
preview-map-caption = Mapa sveta s pokrytím
preview-map-line = Má linku pomoci
preview-map-emergency = Len tiesňové číslo
preview-map-none = Nie je v dátach
preview-coverage-legend = Zvýraznené riadky majú len tiesňové číslo, žiadnu vybranú linku pomoci.
preview-coverage-caption = Krajiny a územia (zoraďte tlačidlami v stĺpcoch)
preview-column-code = Kód
preview-column-lines = Linky pomoci
preview-column-languages = Jazyky
preview-column-emergency = Tiesňové čísla
preview-column-stale = Linky so starými zdrojmi
preview-emergency-only = len tiesňové číslo
preview-error-countries = Krajiny sa nepodarilo načítať ({ $error }).

## The locales tab.
preview-locales-summary = Jazykové verzie: { $total } · skontrolované rodeným hovoriacim: { $reviewed }.
preview-locales-caption = Dodávané jazykové verzie a stav ich kontroly
preview-column-native-name = Názov v danom jazyku
preview-column-direction = Smer
preview-column-review = Kontrola
preview-reviewed = Skontrolované
preview-not-reviewed = Neskontrolované
preview-error-locales = Jazykové verzie sa nepodarilo načítať ({ $error }).
