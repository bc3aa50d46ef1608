### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: the polite እርስዎ form throughout (respectful, and it does not
### mark the reader's gender, unlike አንተ/አንቺ).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## [text]: $line_name stands as the subject at the start of the sentence,
## in its plain form, with no prefix or suffix (no -ን, no በ-/ከ-).
## [label]: $line_name only stands before "፦", as a label.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = እያሳለፉት ባለው ከባድ ጊዜ በጣም አዝናለሁ፤ ስለነገሩኝም ደስ ብሎኛል። ይህን ሸክም ብቻዎን መሸከም የለብዎትም።

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } አሁን ክፍት ነው፤ { support-reach }።{ support-free }
               *[label] አሁኑኑ ሊያገኙት የሚችሉት የእርዳታ መስመር አለ። { $line_name }፦ { support-reach }።{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } አሁን ዝግ ነው፤ { support-opens } እንደገና ይከፈታል። ሲከፈት { support-reach }።{ support-free }
               *[label] ይህ የእርዳታ መስመር አሁን ዝግ ነው፤ { support-opens } እንደገና ይከፈታል። { $line_name }፦ { support-reach }።{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } ሊረዳዎት ይችላል፤ { support-reach }።{ support-free }
               *[label] ሊያገኙት የሚችሉት የእርዳታ መስመር ይኸውና። { $line_name }፦ { support-reach }።{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] በአገርዎ ያለ የእርዳታ መስመር ለማግኘት { $directory } ይጎብኙ።
               *[no] የእርዳታ መስመር ለማግኘት { $directory } መጎብኘትም ይችላሉ።
            }
    }

## When a closed line opens again: the day, then the time ($opens_at is
## already written as Amharic writes a time, e.g. "9:00 ጥዋት").
support-opens =
    { $opens_day ->
        [today] ዛሬ { $opens_at } ላይ
        [tomorrow] ነገ { $opens_at } ላይ
        [mon] ሰኞ { $opens_at } ላይ
        [tue] ማክሰኞ { $opens_at } ላይ
        [wed] ረቡዕ { $opens_at } ላይ
        [thu] ሐሙስ { $opens_at } ላይ
        [fri] ዓርብ { $opens_at } ላይ
        [sat] ቅዳሜ { $opens_at } ላይ
        [sun] እሑድ { $opens_at } ላይ
       *[none] በኋላ
    }

## $contact is always followed by a space and a word, never by a suffix.
support-reach =
    { $reach ->
        [call] ወደ { $contact } ይደውሉ
        [text] ወደ { $contact } የጽሑፍ መልእክት ይላኩ
        [chat] በኢንተርኔት ለመወያየት { $contact } ይጎብኙ
        [whatsapp] በዋትስአፕ ወደ { $contact } ይጻፉ
       *[web] { $contact } ይጎብኙ
    }

support-free =
    { $free ->
        [yes] {" "}አገልግሎቱ ነፃ ነው።
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] አሁኑኑ አደጋ ላይ ከሆኑ፣ እባክዎ ወዲያውኑ በአካባቢዎ ያለውን የአደጋ ጊዜ አገልግሎት ያግኙ።
       *[other] አሁኑኑ አደጋ ላይ ከሆኑ፣ እባክዎ ወዲያውኑ ወደ { $emergency } ይደውሉ።
    }

support-closing = ከሚያምኑት ሰው ጋር ማውራትም ሊረዳ ይችላል። እንዲህ ያለ ከባድ ስሜት በድጋፍ ሊቀል ይችላል፤ ከእኔ ጋርም ማውራትዎን መቀጠል ይችላሉ።

## The question asked when we do not know the person's country (the message
## above then names only the directory).
ask-country = የሚገኙት በየትኛው አገር ነው? ከዚያ በአገርዎ ያለ የእርዳታ መስመር ላሳይዎት እችላለሁ።

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] ስልክ { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] የጽሑፍ መልእክት { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] የኢንተርኔት ውይይት{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] ዋትስአፕ { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] ነፃ{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] ቀንና ሌሊት ክፍት (24/7)
        [open] አሁን ክፍት፣ እስከ { $closes_at } ድረስ{ summary-schedule }
        [closed] አሁን ዝግ፣ { summary-opens } ይከፈታል{ summary-schedule }
       *[unknown] የሥራ ሰዓቱ አልተገለጸም
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] ዛሬ { $opens_at } ላይ
        [tomorrow] ነገ { $opens_at } ላይ
        [mon] ሰኞ { $opens_at } ላይ
        [tue] ማክሰኞ { $opens_at } ላይ
        [wed] ረቡዕ { $opens_at } ላይ
        [thu] ሐሙስ { $opens_at } ላይ
        [fri] ዓርብ { $opens_at } ላይ
        [sat] ቅዳሜ { $opens_at } ላይ
        [sun] እሑድ { $opens_at } ላይ
       *[none] በኋላ
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(በየቀኑ፣ { $from }–{ $to })
        [days] {" "}(ከ{ summary-first-day } እስከ { summary-last-day }፣ { $from }–{ $to })
        [day] {" "}({ summary-first-day }፣ { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] ሰኞ
        [tue] ማክሰኞ
        [wed] ረቡዕ
        [thu] ሐሙስ
        [fri] ዓርብ
        [sat] ቅዳሜ
       *[sun] እሑድ
    }
summary-last-day =
    { $last ->
        [mon] ሰኞ
        [tue] ማክሰኞ
        [wed] ረቡዕ
        [thu] ሐሙስ
        [fri] ዓርብ
        [sat] ቅዳሜ
       *[sun] እሑድ
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = የcrisis-lookup ቅድመ እይታ
preview-heading = ቅድመ እይታ
preview-skip = ወደ ይዘቱ ይዝለሉ
preview-protocol-link = ይህ አገልግሎት ሰዎችን ወደ እርዳታ እንዴት እንደሚያመለክት
preview-intro = ለገንቢዎችና ለአቀናጂዎች፦ ቻትቦት የሚያሳየው ነገር፣ ከሕዝባዊው API ብቻ የተገነባ። እውነተኛ ውይይቶችን እዚህ አይለጥፉ።
preview-views = እይታዎች
preview-tab-lookup = ፍለጋ
preview-tab-coverage = ሽፋን
preview-tab-locales = ቋንቋዎች
preview-loading = በመጫን ላይ…

## The lookup form.
preview-message = መልእክት
preview-message-hint = ቋንቋውን ለመለየት ብቻ ይውላል።
preview-locale = የቋንቋ ቅንብር
preview-locale-none = — የለም —
preview-country = አገር
preview-country-unknown = — አይታወቅም —
preview-topics = ርዕሶች
preview-topics-hint = በኮማ ይለዩ፤ ለምሳሌ፦ { $examples }
preview-channels = የመገናኛ መንገዶች
preview-channel-phone = ስልክ
preview-channel-sms = የጽሑፍ መልእክት
preview-channel-chat = ውይይት
preview-submit = ፈልግ
preview-error-vocabularies = አገሮቹን ወይም ቋንቋዎቹን መጫን አልተቻለም ({ $error })።
preview-error-lookup = ፍለጋው አልተሳካም ({ $error })።

## The answer.
preview-chat-shows = ቻቱ የሚያሳየው
preview-raw-json = ጥሬ JSON
preview-meta-language = ቋንቋ፦ { $code } (ምንጭ፦ { $source })
preview-meta-country = አገር፦ { $code } (ምንጭ፦ { $source })
preview-meta-country-unknown = አገር፦ አይታወቅም
preview-meta-locale = የቋንቋ ቅንብር፦ { $code }
preview-meta-lines = የእርዳታ መስመሮች፦ { $count }
preview-international = ዓለም አቀፍ ማውጫዎች

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = የአደጋ ጊዜ፦
preview-police = ፖሊስ
preview-ambulance = አምቡላንስ
preview-fire = የእሳት አደጋ መከላከያ
preview-open-now = አሁን ክፍት
preview-closed-now = አሁን ዝግ
preview-hours-unknown = የሥራ ሰዓቱ አይታወቅም
preview-action-call = ወደ { $number } ይደውሉ
preview-action-text = ወደ { $number } መልእክት ይላኩ
preview-action-chat = ውይይት
preview-action-website = ድረ ገጽ
preview-fact-languages = ቋንቋዎች፦ { $list }
preview-fact-languages-none = ቋንቋዎች፦ አልተገለጹም
preview-fact-hours = የሥራ ሰዓት፦ { $times }
preview-fact-checked = ከአገልግሎት ሰጪው ጋር የተረጋገጠው፦ { $date }
preview-fact-newest-source = የቅርብ ጊዜው ምንጭ፦ { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = ማስረጃ፦ የመስመሩ የራሱ ድረ ገጽ
preview-evidence-corroborated = ማስረጃ፦ ራሳቸውን የቻሉ ሁለት አሳታሚዎች
preview-evidence-single = ማስረጃ፦ አንድ ዝርዝር
preview-evidence-conflict = ማስረጃ፦ ምንጮቹ አይስማሙም
preview-fact-country = አገር፦ { $code }

## The coverage tab.
preview-coverage-summary = አገሮችና ግዛቶች፦ { $total } · የእርዳታ መስመር ያላቸው፦ { $covered } · የአደጋ ጊዜ ቁጥር ብቻ ያላቸው፦ { $uncovered }።
preview-coverage-age = የቅርብ ጊዜ ምንጫቸው ከ24 ወራት በላይ የሆኑ መስመሮች፦ ከ{ $total } ውስጥ { $stale }።
preview-map-caption = የሽፋን የዓለም ካርታ
preview-map-line = የእርዳታ መስመር አለው
preview-map-emergency = የአደጋ ጊዜ ቁጥር ብቻ
preview-map-none = በመረጃው ውስጥ የለም
preview-coverage-legend = የደመቁት ረድፎች የአደጋ ጊዜ ቁጥር ብቻ አላቸው፤ የተመረጠ የእርዳታ መስመር የላቸውም።
preview-coverage-caption = አገሮችና ግዛቶች (በዓምዱ አዝራሮች ይደርድሩ)
preview-column-code = ኮድ
preview-column-lines = የእርዳታ መስመሮች
preview-column-languages = ቋንቋዎች
preview-column-emergency = የአደጋ ጊዜ
preview-column-stale = በአሮጌ ምንጮች ላይ ያሉ መስመሮች
preview-emergency-only = የአደጋ ጊዜ ብቻ
preview-error-countries = አገሮቹን መጫን አልተቻለም ({ $error })።

## The locales tab.
preview-locales-summary = ቋንቋዎች፦ { $total } · በአፍ መፍቻ ተናጋሪ የተገመገሙ፦ { $reviewed }።
preview-locales-caption = የተካተቱ ቋንቋዎችና የግምገማ ሁኔታቸው
preview-column-native-name = ስም በቋንቋው
preview-column-direction = አቅጣጫ
preview-column-review = ግምገማ
preview-reviewed = ተገምግሟል
preview-not-reviewed = አልተገመገመም
preview-error-locales = ቋንቋዎቹን መጫን አልተቻለም ({ $error })።
