### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name, as this language writes it (see $name_form)
##   $name_form   text: $line_name is written to stand inside a sentence of this
##                language, with the article, quotes or case the templates below
##                put it in ("the 988 Suicide & Crisis Lifeline", "die
##                TelefonSeelsorge", «Телефон доверия»); label: it is only the
##                line's name, so the sentence must hold it as a label ("Name:
##                call 113."), never inside its grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   when a closed line opens again: today | tomorrow | mon | tue |
##                wed | thu | fri | sat | sun (within the coming week), or none
##   $opens_at    the time it opens, already written the way this locale writes a
##                time ("9:00 AM", "09:00", "saa 3 asubuhi"); "none" otherwise
##   $opens_hour  (support-opens and summary-opens only, optional) the hour it
##                opens, 0–23 (-1 when none), for languages whose words agree
##                with the hour: Spanish { $opens_hour -> [1] a la *[other] a las }
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: the answer's ask_country asks for it, so the
##                message must not ask again)
##   $directory   link of an international helpline directory
## In right-to-left locales every placeable is isolated by the service.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = I'm really sorry you're going through this, and I'm glad you said something. You don't have to face it alone.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] You can reach { $line_name } right now: { support-reach }.{ support-free }
               *[label] You can reach a helpline right now. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Right now { $line_name } is closed; it opens again { support-opens }: { support-reach }.{ support-free }
               *[label] This helpline is closed right now and opens again { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] You can reach { $line_name }: { support-reach }.{ support-free }
               *[label] Here is a helpline you can reach. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] You can find a helpline in your country at { $directory }.
               *[no] You can also find a helpline at { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] today at { $opens_at }
        [tomorrow] tomorrow at { $opens_at }
        [mon] on Monday at { $opens_at }
        [tue] on Tuesday at { $opens_at }
        [wed] on Wednesday at { $opens_at }
        [thu] on Thursday at { $opens_at }
        [fri] on Friday at { $opens_at }
        [sat] on Saturday at { $opens_at }
        [sun] on Sunday at { $opens_at }
       *[none] later
    }

support-reach =
    { $reach ->
        [call] call { $contact }
        [text] send a text to { $contact }
        [chat] chat online at { $contact }
        [whatsapp] write on WhatsApp to { $contact }
       *[web] go to { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}It's free.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] If you are in immediate danger, please contact your local emergency services now.
       *[other] If you are in immediate danger, call { $emergency } now.
    }

support-closing = Reaching out to someone you trust can help too. Feelings this heavy can ease with support, and you can keep talking to me.

## The question asked when we do not know the person's country. The
## message above then names only the directory, so this is the one place
## that asks.
ask-country = Which country are you in? Then I can show you a helpline in your country.

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
       *[other] Call { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Text { $sms }{" · "}
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
        [yes] Free{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Open 24/7
        [open] Open now, until { $closes_at }{ summary-schedule }
        [closed] Closed now, opens { summary-opens }{ summary-schedule }
       *[unknown] Hours not listed
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] at { $opens_at }
        [tomorrow] tomorrow at { $opens_at }
        [mon] Mon at { $opens_at }
        [tue] Tue at { $opens_at }
        [wed] Wed at { $opens_at }
        [thu] Thu at { $opens_at }
        [fri] Fri at { $opens_at }
        [sat] Sat at { $opens_at }
        [sun] Sun at { $opens_at }
       *[none] later
    }

## The line's week in words, placed after whether it is open now (a person
## needs that first), when one phrase can say it; empty otherwise.
##   $schedule  daily: the same hours every day
##              days: the same hours on each day from $first to $last
##              day: the same hours on one day of the week, $first
##              none: no such phrase (the week is more varied)
##   $first / $last  mon | tue | wed | thu | fri | sat | sun, or "none"
##   $from / $to     the times, written the way this locale writes a time
##                   ("10:00 AM", "22:00"; a range may run past midnight), or
##                   "none"
## summary-first-day and summary-last-day name $first and $last, short as
## on a shop door ("Mon–Fri 09:00–17:00").
summary-schedule =
    { $schedule ->
        [daily] {" "}(every day { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Mon
        [tue] Tue
        [wed] Wed
        [thu] Thu
        [fri] Fri
        [sat] Sat
       *[sun] Sun
    }
summary-last-day =
    { $last ->
        [mon] Mon
        [tue] Tue
        [wed] Wed
        [thu] Thu
        [fri] Fri
        [sat] Sat
       *[sun] Sun
    }

### The preview page (GET /), for maintainers and integrators: its labels in
### the browser's language, and the labels of an answer's cards in the
### answer's language. Short, plain words as on any web form.
## Placeholders, filled in by the page: $examples (topic ids, as typed),
## $error (an error's text, in English), $code (a language, country or
## locale code), $source (which input decided it: message, locale, country…),
## $count, $total, $covered, $uncovered, $reviewed (numbers), $number (a phone
## number), $list (language codes), $times ("mon-fri 09:00-17:00 (Europe/Brussels)"),
## $date ("2026-11-28"), $stale (a number of lines).

preview-page-title = crisis-lookup preview
preview-heading = preview
preview-skip = Skip to content
preview-protocol-link = How this service refers people to help
preview-intro = For maintainers and integrators: what a chatbot would show, built only from the public API. Do not paste real conversations here.
preview-views = Views
preview-tab-lookup = Lookup
preview-tab-coverage = Coverage
preview-tab-locales = Locales
preview-loading = Loading…

## The lookup form.
preview-message = Message
preview-message-hint = Used only to detect the language.
preview-locale = Locale
preview-locale-none = — none —
preview-country = Country
preview-country-unknown = — unknown —
preview-topics = Topics
preview-topics-hint = Comma-separated, for example: { $examples }
preview-channels = Channels
preview-channel-phone = Phone
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Look up
preview-error-vocabularies = Could not load the countries or locales ({ $error }).
preview-error-lookup = The lookup failed ({ $error }).

## The answer.
preview-chat-shows = What the chat shows
preview-raw-json = Raw JSON
preview-meta-language = Language: { $code } (from { $source })
preview-meta-country = Country: { $code } (from { $source })
preview-meta-country-unknown = Country: unknown
preview-meta-locale = Locale: { $code }
preview-meta-lines = Helplines: { $count }
preview-international = International directories

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Emergency:
preview-police = police
preview-ambulance = ambulance
preview-fire = fire service
preview-open-now = Open now
preview-closed-now = Closed now
preview-hours-unknown = Hours unknown
preview-action-call = Call { $number }
preview-action-text = Text { $number }
preview-action-chat = Chat
preview-action-website = Website
preview-fact-languages = Languages: { $list }
preview-fact-languages-none = Languages: not listed
preview-fact-hours = Hours: { $times }
preview-fact-checked = Checked with the provider: { $date }
preview-fact-newest-source = Newest source: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Evidence: the line's own page
preview-evidence-corroborated = Evidence: two independent publishers
preview-evidence-single = Evidence: one listing
preview-evidence-conflict = Evidence: sources disagree
preview-fact-country = Country: { $code }

## The coverage tab.
preview-coverage-summary = Countries and territories: { $total } · with helplines: { $covered } · emergency number only: { $uncovered }.
preview-coverage-age = Lines whose newest source is older than 24 months: { $stale } of { $total }.
preview-map-caption = World map of coverage
preview-map-line = Has a helpline
preview-map-emergency = Emergency number only
preview-map-none = Not in the dataset
preview-coverage-legend = Highlighted rows have only an emergency number, no curated helpline.
preview-coverage-caption = Countries and territories (sort with the column buttons)
preview-column-code = Code
preview-column-lines = Helplines
preview-column-languages = Languages
preview-column-emergency = Emergency
preview-column-stale = Lines on old sources
preview-emergency-only = emergency only
preview-error-countries = Could not load the countries ({ $error }).

## The locales tab.
preview-locales-summary = Locales: { $total } · reviewed by a native speaker: { $reviewed }.
preview-locales-caption = Shipped locales and their review status
preview-column-native-name = Native name
preview-column-direction = Direction
preview-column-review = Review
preview-reviewed = Reviewed
preview-not-reviewed = Not reviewed
preview-error-locales = Could not load the locales ({ $error }).
