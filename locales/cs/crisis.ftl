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

support-opening = Je mi moc líto, čím si procházíte, a je dobře, že o tom mluvíte. Nemusíte to zvládat bez pomoci.

support-body =
    { $line_state ->
        [open] Hned teď se můžete obrátit na linku { $line_name }: { support-reach }.{ support-free }
        [closed] Linka { $line_name } je teď mimo provoz a znovu bude dostupná od { $opens_at }: { support-reach }.{ support-free }
        [unknown] Můžete se obrátit na linku { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Na { $directory } najdete linku pomoci ve svém okolí.
           *[no] Když mi napíšete, ve které zemi jste, najdu vám linku pomoci ve vašem okolí. Najdete ji také na { $directory }.
        }
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
       *[other] Pokud jste v bezprostředním ohrožení, zavolejte hned na { $emergency }.
    }

support-closing = Pomoci může i rozhovor s někým, komu důvěřujete. S podporou mohou i takhle těžké pocity polevit a se mnou můžete mluvit dál.

## The question asked when we do not know the person's country.
ask-country = Ve které zemi jste? Pak vám můžu ukázat linku pomoci ve vašem okolí.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
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
        [closed] Teď zavřeno, otevírá v { $opens_at }{ summary-schedule }
       *[unknown] Provozní doba neuvedena
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
preview-intro = Pro správce a integrátory: co by zobrazil chatbot, sestaveno jen z veřejného API. Nevkládejte sem skutečné konverzace.
preview-views = Zobrazení
preview-tab-lookup = Vyhledání
preview-tab-coverage = Pokrytí
preview-tab-locales = Jazykové verze
preview-loading = Načítání…
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
preview-chat-shows = Co zobrazí chat
preview-raw-json = Surový JSON
preview-meta-language = Jazyk: { $code } (podle: { $source })
preview-meta-country = Země: { $code } (podle: { $source })
preview-meta-country-unknown = Země: neznámá
preview-meta-locale = Jazyková verze: { $code }
preview-meta-lines = Linky pomoci: { $count }
preview-international = Mezinárodní adresáře
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
preview-fact-verified = Ověřeno: { $date }
preview-fact-evidence = Doložení: { $evidence }
preview-fact-country = Země: { $code }
preview-coverage-summary = Země a území: { $total } · s linkami pomoci: { $covered } · jen s tísňovým číslem: { $uncovered }.
preview-coverage-pending = Načítají se data ověření… zbývá: { $count }.
preview-coverage-oldest = Nejstarší ověření linky pomoci: { $date }.
preview-coverage-legend = Zvýrazněné řádky mají jen tísňové číslo, žádnou vybranou linku pomoci.
preview-coverage-caption = Země a území (řaďte tlačítky v záhlaví sloupců)
preview-column-code = Kód
preview-column-lines = Linky pomoci
preview-column-languages = Jazyky
preview-column-emergency = Tísňová čísla
preview-column-verified = Nejstarší ověření
preview-emergency-only = jen tísňové číslo
preview-error-countries = Země se nepodařilo načíst ({ $error }).
preview-locales-summary = Jazykové verze: { $total } · zkontrolované rodilým mluvčím: { $reviewed }.
preview-locales-caption = Dodávané jazykové verze a stav jejich kontroly
preview-column-native-name = Vlastní název
preview-column-direction = Směr
preview-column-review = Kontrola
preview-reviewed = Zkontrolováno
preview-not-reviewed = Nezkontrolováno
preview-error-locales = Jazykové verze se nepodařilo načíst ({ $error }).
