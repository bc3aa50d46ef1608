### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.

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

support-opening = I'm really sorry you're going through this, and I'm glad you said something. You don't have to face it alone.

support-body =
    { $line_state ->
        [open] You can reach { $line_name } right now: { support-reach }.{ support-free }
        [closed] { $line_name } is closed at the moment and opens again at { $opens_at }: { support-reach }.{ support-free }
        [unknown] You can reach { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] You can find a helpline near you at { $directory }.
           *[no] If you tell me which country you're in, I can find a helpline near you. You can also find one at { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] call { $contact }
        [text] send a text to { $contact }
        [chat] chat with them at { $contact }
        [whatsapp] write to them on WhatsApp at { $contact }
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

## The question asked when we do not know the person's country.
ask-country = Which country are you in? Then I can show you a helpline near you.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
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
        [closed] Closed now, opens at { $opens_at }{ summary-schedule }
       *[unknown] Hours not listed
    }

## The line's week in words, placed after whether it is open now (a person
## needs that first), when one phrase can say it; empty otherwise.
##   $schedule  daily: the same hours every day
##              days: the same hours on each day from $first to $last
##              day: the same hours on one day of the week, $first
##              none: no such phrase (the week is more varied)
##   $first / $last  mon | tue | wed | thu | fri | sat | sun, or "none"
##   $from / $to     "10:00" and "22:00" ("24:00" ends a day; a range may
##                   run past midnight: "22:00" to "06:00"), or "none"
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
## $date ("2026-11-28"), $evidence (corroborated, single-source…).

preview-page-title = crisis-lookup preview
preview-heading = preview
preview-skip = Skip to content
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
preview-fact-verified = Verified: { $date }
preview-fact-evidence = Evidence: { $evidence }
preview-fact-country = Country: { $code }

## The coverage tab.
preview-coverage-summary = Countries and territories: { $total } · with helplines: { $covered } · emergency number only: { $uncovered }.
preview-coverage-pending = Reading the verification dates… still to read: { $count }.
preview-coverage-oldest = Oldest verified helpline: { $date }.
preview-coverage-legend = Highlighted rows have only an emergency number, no curated helpline.
preview-coverage-caption = Countries and territories (sort with the column buttons)
preview-column-code = Code
preview-column-lines = Helplines
preview-column-languages = Languages
preview-column-emergency = Emergency
preview-column-verified = Oldest verified
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
