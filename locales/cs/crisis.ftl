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

support-opening = Je mi moc líto, čím si procházíte, a je dobře, že o tom mluvíte. Nemusíte to zvládat bez pomoci.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Hned teď se můžete obrátit na { $line_name }: { support-reach }.{ support-free }
               *[label] Hned teď se můžete obrátit na linku pomoci. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Na { $line_name } se teď obrátit nelze, znovu to bude možné { support-opens }: { support-reach }.{ support-free }
               *[label] Tato linka je teď mimo provoz, znovu bude dostupná { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Můžete se obrátit na { $line_name }: { support-reach }.{ support-free }
               *[label] Tady je linka pomoci, na kterou se můžete obrátit. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Linku pomoci ve své zemi najdete na { $directory }.
               *[no] Linku pomoci najdete také na { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] dnes od { $opens_at }
        [tomorrow] zítra od { $opens_at }
        [mon] v pondělí od { $opens_at }
        [tue] v úterý od { $opens_at }
        [wed] ve středu od { $opens_at }
        [thu] ve čtvrtek od { $opens_at }
        [fri] v pátek od { $opens_at }
        [sat] v sobotu od { $opens_at }
        [sun] v neděli od { $opens_at }
       *[none] později
    }

support-reach =
    { $reach ->
        [call] zavolejte na číslo { $contact }
        [text] pošlete SMS na číslo { $contact }
        [chat] napište do chatu na { $contact }
        [whatsapp] napište přes WhatsApp na číslo { $contact }
       *[web] navštivte { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Je to zdarma.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Pokud jste v bezprostředním ohrožení, kontaktujte prosím hned místní záchrannou službu.
       *[other] Pokud jste v bezprostředním ohrožení, zavolejte hned na číslo { $emergency }.
    }

support-closing = Pomoci může i rozhovor s někým, komu důvěřujete. S podporou mohou i takhle těžké pocity polevit a se mnou můžete mluvit dál.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Ve které zemi jste? Pak vám mohu ukázat linku pomoci ve vaší zemi.

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
       *[other] Volejte { $phone }{" · "}
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
        [yes] Zdarma{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Nonstop
        [open] Teď otevřeno, do { $closes_at }{ summary-schedule }
        [closed] Teď zavřeno, otevřeno { summary-opens }{ summary-schedule }
       *[unknown] Provozní doba neuvedena
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] od { $opens_at }
        [tomorrow] zítra od { $opens_at }
        [mon] v pondělí od { $opens_at }
        [tue] v úterý od { $opens_at }
        [wed] ve středu od { $opens_at }
        [thu] ve čtvrtek od { $opens_at }
        [fri] v pátek od { $opens_at }
        [sat] v sobotu od { $opens_at }
        [sun] v neděli od { $opens_at }
       *[none] později
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(denně { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] po
        [tue] út
        [wed] st
        [thu] čt
        [fri] pá
        [sat] so
       *[sun] ne
    }
summary-last-day =
    { $last ->
        [mon] po
        [tue] út
        [wed] st
        [thu] čt
        [fri] pá
        [sat] so
       *[sun] ne
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Náhled crisis-lookup
preview-heading = náhled
preview-skip = Přejít k obsahu
preview-protocol-link = Jak tato služba odkazuje lidi na pomoc
preview-intro = Pro správce a integrátory: co by zobrazil chatbot, sestaveno jen z veřejného API. Nevkládejte sem skutečné konverzace.
preview-views = Zobrazení
preview-tab-lookup = Vyhledání
preview-tab-coverage = Pokrytí
preview-tab-locales = Jazykové verze
preview-loading = Načítání…

## The lookup form.
preview-message = Zpráva
preview-message-hint = Slouží jen k rozpoznání jazyka.
preview-locale = Jazyková verze
preview-locale-none = — žádná —
preview-country = Země
preview-country-unknown = — neznámá —
preview-topics = Témata
preview-topics-hint = Oddělená čárkami, například: { $examples }
preview-channels = Kanály
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Vyhledat
preview-error-vocabularies = Země nebo jazykové verze se nepodařilo načíst ({ $error }).
preview-error-lookup = Vyhledání se nepodařilo ({ $error }).

## The answer.
preview-chat-shows = Co zobrazí chat
preview-raw-json = Surový JSON
preview-meta-language = Jazyk: { $code } (podle: { $source })
preview-meta-country = Země: { $code } (podle: { $source })
preview-meta-country-unknown = Země: neznámá
preview-meta-locale = Jazyková verze: { $code }
preview-meta-lines = Linky pomoci: { $count }
preview-international = Mezinárodní adresáře

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Tísňová volání:
preview-police = policie
preview-ambulance = záchranná služba
preview-fire = hasiči
preview-open-now = Teď otevřeno
preview-closed-now = Teď zavřeno
preview-hours-unknown = Provozní doba neznámá
preview-action-call = Volejte { $number }
preview-action-text = SMS { $number }
preview-action-chat = Chat
preview-action-website = Web
preview-fact-languages = Jazyky: { $list }
preview-fact-languages-none = Jazyky: neuvedeny
preview-fact-hours = Provozní doba: { $times }
preview-fact-checked = Ověřeno u provozovatele: { $date }
preview-fact-newest-source = Nejnovější zdroj: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Zdroje: vlastní stránka linky
preview-evidence-corroborated = Zdroje: dva nezávislí vydavatelé
preview-evidence-single = Zdroje: jen jeden záznam v seznamu
preview-evidence-conflict = Zdroje: odporují si
preview-fact-country = Země: { $code }

## The coverage tab.
preview-coverage-summary = Země a území: { $total } · s linkami pomoci: { $covered } · jen s tísňovým číslem: { $uncovered }.
preview-coverage-age = Linky, jejichž nejnovější zdroj je starší než 24 měsíců: { $stale } z { $total }.
preview-map-caption = Mapa světa s pokrytím
preview-map-line = Má linku pomoci
preview-map-emergency = Jen tísňové číslo
preview-map-none = Není v datech
preview-coverage-legend = Zvýrazněné řádky mají jen tísňové číslo, žádnou vybranou linku pomoci.
preview-coverage-caption = Země a území (řaďte tlačítky v záhlaví sloupců)
preview-column-code = Kód
preview-column-lines = Linky pomoci
preview-column-languages = Jazyky
preview-column-emergency = Tísňová čísla
preview-column-stale = Linky se starými zdroji
preview-emergency-only = jen tísňové číslo
preview-error-countries = Země se nepodařilo načíst ({ $error }).

## The locales tab.
preview-locales-summary = Jazykové verze: { $total } · zkontrolované rodilým mluvčím: { $reviewed }.
preview-locales-caption = Dodávané jazykové verze a stav jejich kontroly
preview-column-native-name = Název v daném jazyce
preview-column-direction = Směr
preview-column-review = Kontrola
preview-reviewed = Zkontrolováno
preview-not-reviewed = Nezkontrolováno
preview-error-locales = Jazykové verze se nepodařilo načíst ({ $error }).
