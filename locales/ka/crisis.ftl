### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "თქვენ" (formal you).

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in the nominative, in „“ where Georgian
##                quotes it: in [text] it is always the subject of a
##                present or future verb, so it takes no case ending;
##                label: only the line's name, held as a label
##                ("სახელი: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = ძალიან ვწუხვარ, რომ ახლა ასე გიჭირთ, და კარგია, რომ ამის შესახებ მითხარით. ამ ყველაფრის მარტო გადატანა არ გიწევთ.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } ახლა ხელმისაწვდომია: { support-reach }.{ support-free }
               *[label] დახმარების მიღება ახლავე შეგიძლიათ. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } ახლა არ მუშაობს და კვლავ ამუშავდება { support-opens } – { support-reach }.{ support-free }
               *[label] ეს ცხელი ხაზი ახლა არ მუშაობს და კვლავ ამუშავდება { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } ხელმისაწვდომია: { support-reach }.{ support-free }
               *[label] აი ცხელი ხაზი, რომელსაც შეგიძლიათ მიმართოთ. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] თქვენს ქვეყანაში მოქმედ ცხელ ხაზს აქ იპოვით: { $directory }.
               *[no] ცხელ ხაზს ასევე აქ იპოვით: { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] დღეს { $opens_at } საათზე
        [tomorrow] ხვალ { $opens_at } საათზე
        [mon] ორშაბათს { $opens_at } საათზე
        [tue] სამშაბათს { $opens_at } საათზე
        [wed] ოთხშაბათს { $opens_at } საათზე
        [thu] ხუთშაბათს { $opens_at } საათზე
        [fri] პარასკევს { $opens_at } საათზე
        [sat] შაბათს { $opens_at } საათზე
        [sun] კვირას { $opens_at } საათზე
       *[none] მოგვიანებით
    }

support-reach =
    { $reach ->
        [call] დარეკეთ ნომერზე { $contact }
        [text] გაგზავნეთ SMS ნომერზე { $contact }
        [chat] მიწერეთ ონლაინ ჩატში ვებგვერდზე { $contact }
        [whatsapp] მიწერეთ WhatsApp-ით ნომერზე { $contact }
       *[web] ეწვიეთ ვებგვერდს { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}მომსახურება უფასოა.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] თუ უშუალო საფრთხე გემუქრებათ, ახლავე მიმართეთ გადაუდებელი დახმარების სამსახურს.
       *[other] თუ უშუალო საფრთხე გემუქრებათ, ახლავე დარეკეთ ნომერზე { $emergency }.
    }

support-closing = ასევე შეიძლება დაგეხმაროთ საუბარი ვინმესთან, ვისაც ენდობით. მხარდაჭერით ასეთი მძიმე გრძნობებიც შეიძლება შემსუბუქდეს და შეგიძლიათ ჩემთან საუბარი გააგრძელოთ.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = რომელ ქვეყანაში იმყოფებით? მაშინ შევძლებ, რომ თქვენს ქვეყანაში მოქმედი ცხელი ხაზი გაჩვენოთ.

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
       *[other] ტელეფონი: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] ონლაინ ჩატი{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] უფასო{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] მუშაობს 24/7
        [open] ახლა მუშაობს { $closes_at } საათამდე{ summary-schedule }
        [closed] ახლა არ მუშაობს, ამუშავდება { summary-opens }{ summary-schedule }
       *[unknown] სამუშაო საათები მითითებული არ არის
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] { $opens_at } საათზე
        [tomorrow] ხვალ { $opens_at } საათზე
        [mon] ორშაბათს { $opens_at } საათზე
        [tue] სამშაბათს { $opens_at } საათზე
        [wed] ოთხშაბათს { $opens_at } საათზე
        [thu] ხუთშაბათს { $opens_at } საათზე
        [fri] პარასკევს { $opens_at } საათზე
        [sat] შაბათს { $opens_at } საათზე
        [sun] კვირას { $opens_at } საათზე
       *[none] მოგვიანებით
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(ყოველდღე { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] ორშ
        [tue] სამ
        [wed] ოთხ
        [thu] ხუთ
        [fri] პარ
        [sat] შაბ
       *[sun] კვი
    }
summary-last-day =
    { $last ->
        [mon] ორშ
        [tue] სამ
        [wed] ოთხ
        [thu] ხუთ
        [fri] პარ
        [sat] შაბ
       *[sun] კვი
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup — წინასწარი ნახვა
preview-heading = წინასწარი ნახვა
preview-skip = შიგთავსზე გადასვლა
preview-protocol-link = როგორ მიმართავს ეს სერვისი ადამიანებს დახმარებისკენ
preview-intro = მათთვის, ვინც სერვისს უძღვება ან აინტეგრირებს: რას აჩვენებდა ჩატბოტი, აწყობილი მხოლოდ საჯარო API-დან. აქ ნუ ჩასვამთ ნამდვილ საუბრებს.
preview-views = ხედები
preview-tab-lookup = ძიება
preview-tab-coverage = დაფარვა
preview-tab-locales = ლოკალები
preview-loading = იტვირთება…

## The lookup form.
preview-message = შეტყობინება
preview-message-hint = გამოიყენება მხოლოდ ენის დასადგენად.
preview-locale = ლოკალი
preview-locale-none = — არცერთი —
preview-country = ქვეყანა
preview-country-unknown = — უცნობი —
preview-topics = თემები
preview-topics-hint = მძიმით გამოყოფილი, მაგალითად: { $examples }
preview-channels = არხები
preview-channel-phone = ტელეფონი
preview-channel-sms = SMS
preview-channel-chat = ჩატი
preview-submit = ძიება
preview-error-vocabularies = ქვეყნების ან ლოკალების ჩატვირთვა ვერ მოხერხდა ({ $error }).
preview-error-lookup = ძიება ვერ შესრულდა ({ $error }).

## The answer.
preview-chat-shows = რას აჩვენებს ჩატი
preview-raw-json = დაუმუშავებელი JSON
preview-meta-language = ენა: { $code } (წყარო: { $source })
preview-meta-country = ქვეყანა: { $code } (წყარო: { $source })
preview-meta-country-unknown = ქვეყანა: უცნობია
preview-meta-locale = ლოკალი: { $code }
preview-meta-lines = ცხელი ხაზები: { $count }
preview-international = საერთაშორისო ცნობარები

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = გადაუდებელი დახმარება:
preview-police = პოლიცია
preview-ambulance = სასწრაფო დახმარება
preview-fire = სახანძრო სამსახური
preview-open-now = ახლა მუშაობს
preview-closed-now = ახლა არ მუშაობს
preview-hours-unknown = სამუშაო საათები უცნობია
preview-action-call = დარეკვა: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = ჩატი
preview-action-website = ვებგვერდი
preview-fact-languages = ენები: { $list }
preview-fact-languages-none = ენები: მითითებული არ არის
preview-fact-hours = სამუშაო საათები: { $times }
preview-fact-checked = გადამოწმებულია მომწოდებელთან: { $date }
preview-fact-newest-source = უახლესი წყარო: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = დასაბუთება: ხაზის საკუთარი ვებგვერდი
preview-evidence-corroborated = დასაბუთება: ორი დამოუკიდებელი გამომცემელი
preview-evidence-single = დასაბუთება: ერთი ჩანაწერი
preview-evidence-conflict = დასაბუთება: წყაროები ერთმანეთს ეწინააღმდეგება
preview-fact-country = ქვეყანა: { $code }

## The coverage tab.
preview-coverage-summary = ქვეყნები და ტერიტორიები: { $total } · ცხელი ხაზებით: { $covered } · მხოლოდ გადაუდებელი ნომრით: { $uncovered }.
preview-coverage-age = ხაზები, რომელთა უახლესი წყარო 24 თვეზე ძველია: { $stale } / { $total }.
preview-map-caption = დაფარვის მსოფლიო რუკა
preview-map-line = აქვს ცხელი ხაზი
preview-map-emergency = მხოლოდ გადაუდებელი ნომერი
preview-map-none = მონაცემებში არ არის
preview-coverage-legend = გამოკვეთილ სტრიქონებში მხოლოდ გადაუდებელი ნომერია, შერჩეული ცხელი ხაზის გარეშე.
preview-coverage-caption = ქვეყნები და ტერიტორიები (დაალაგეთ სვეტების ღილაკებით)
preview-column-code = კოდი
preview-column-lines = ცხელი ხაზები
preview-column-languages = ენები
preview-column-emergency = გადაუდებელი ნომერი
preview-column-stale = ხაზები ძველი წყაროებით
preview-emergency-only = მხოლოდ გადაუდებელი ნომერი
preview-error-countries = ქვეყნების ჩატვირთვა ვერ მოხერხდა ({ $error }).

## The locales tab.
preview-locales-summary = ლოკალები: { $total } · გადახედულია მშობლიური ენის მატარებლის მიერ: { $reviewed }.
preview-locales-caption = ჩართული ლოკალები და მათი გადახედვის სტატუსი
preview-column-native-name = სახელწოდება ამავე ენაზე
preview-column-direction = მიმართულება
preview-column-review = გადახედვა
preview-reviewed = გადახედულია
preview-not-reviewed = გადაუხედავია
preview-error-locales = ლოკალების ჩატვირთვა ვერ მოხერხდა ({ $error }).
