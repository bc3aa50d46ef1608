### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## [text]: $line_name is a Chinese name ("希望24热线") that reads inside the
## sentence. [label]: it may be in another language, so it stands before "：".
## Links and numbers end their phrase, so nothing is glued to them.
## $opens_at arrives as CLDR writes it ("09:00", in some regions "上午9:00").

support-message = { support-opening }{ support-body }{ support-emergency }{ support-closing }

support-opening = 听到你正在经历这些，我真的很难过，也很高兴你愿意说出来。你不必独自面对。

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] 你现在就可以联系{ $line_name }：{ support-reach }。{ support-free }
               *[label] 你现在就可以联系求助热线。{ $line_name }：{ support-reach }。{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name }现在不在服务时间，将于{ support-opens }恢复服务。联系方式：{ support-reach }。{ support-free }
               *[label] 这条求助热线现在不在服务时间，将于{ support-opens }恢复服务。{ $line_name }：{ support-reach }。{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] 你可以联系{ $line_name }：{ support-reach }。{ support-free }
               *[label] 这里有一条你可以联系的求助热线。{ $line_name }：{ support-reach }。{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] 在这里可以找到你所在国家的求助热线：{ $directory }。
               *[no] 你也可以在这里查找求助热线：{ $directory }。
            }
    }

## When a closed line opens again: the day, then the time ("明天09:00").
support-opens =
    { $opens_day ->
        [today] 今天{ $opens_at }
        [tomorrow] 明天{ $opens_at }
        [mon] 星期一{ $opens_at }
        [tue] 星期二{ $opens_at }
        [wed] 星期三{ $opens_at }
        [thu] 星期四{ $opens_at }
        [fri] 星期五{ $opens_at }
        [sat] 星期六{ $opens_at }
        [sun] 星期日{ $opens_at }
       *[none] 稍后
    }

support-reach =
    { $reach ->
        [call] 拨打 { $contact }
        [text] 发短信至 { $contact }
        [chat] 在线聊天请访问 { $contact }
        [whatsapp] 通过 WhatsApp 发消息至 { $contact }
       *[web] 访问 { $contact }
    }

support-free =
    { $free ->
        [yes] 服务免费。
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] 如果你现在处境危险，请立即拨打当地的报警或急救电话。
       *[other] 如果你现在处境危险，请立即拨打 { $emergency }。
    }

support-closing = 向你信任的人倾诉也会有帮助。有了支持，这么沉重的感受也可以慢慢减轻。你也可以继续和我聊。

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = 你现在在哪个国家？告诉我之后，我就能帮你找到那里的求助热线。

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] 电话 { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] 短信 { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] 在线聊天{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] 免费{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24小时服务
        [open] 服务中，至 { $closes_at }{ summary-schedule }
        [closed] 非服务时间，{ summary-opens }恢复{ summary-schedule }
       *[unknown] 未注明服务时间
    }

## When a closed line opens again, short ("明天09:00").
summary-opens =
    { $opens_day ->
        [today] 今天{ $opens_at }
        [tomorrow] 明天{ $opens_at }
        [mon] 周一{ $opens_at }
        [tue] 周二{ $opens_at }
        [wed] 周三{ $opens_at }
        [thu] 周四{ $opens_at }
        [fri] 周五{ $opens_at }
        [sat] 周六{ $opens_at }
        [sun] 周日{ $opens_at }
       *[none] 稍后
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] （每天 { $from }–{ $to }）
        [days] （{ summary-first-day }至{ summary-last-day } { $from }–{ $to }）
        [day] （每{ summary-first-day } { $from }–{ $to }）
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] 周一
        [tue] 周二
        [wed] 周三
        [thu] 周四
        [fri] 周五
        [sat] 周六
       *[sun] 周日
    }
summary-last-day =
    { $last ->
        [mon] 周一
        [tue] 周二
        [wed] 周三
        [thu] 周四
        [fri] 周五
        [sat] 周六
       *[sun] 周日
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup 预览
preview-heading = 预览
preview-skip = 跳到正文
preview-protocol-link = 本服务如何为求助者指引帮助
preview-intro = 供维护者和集成者使用：聊天机器人会显示的内容，仅通过公开 API 生成。请勿在此粘贴真实对话。
preview-views = 视图
preview-tab-lookup = 查询
preview-tab-coverage = 覆盖范围
preview-tab-locales = 语言
preview-loading = 正在加载…

## The lookup form.
preview-message = 消息
preview-message-hint = 仅用于识别语言。
preview-locale = 语言区域
preview-locale-none = — 无 —
preview-country = 国家/地区
preview-country-unknown = — 未知 —
preview-topics = 主题
preview-topics-hint = 用逗号分隔，例如：{ $examples }
preview-channels = 联系方式
preview-channel-phone = 电话
preview-channel-sms = 短信
preview-channel-chat = 聊天
preview-submit = 查询
preview-error-vocabularies = 无法加载国家/地区或语言（{ $error }）。
preview-error-lookup = 查询失败（{ $error }）。

## The answer.
preview-chat-shows = 聊天中显示的内容
preview-raw-json = 原始 JSON
preview-meta-language = 语言：{ $code }（依据：{ $source }）
preview-meta-country = 国家/地区：{ $code }（依据：{ $source }）
preview-meta-country-unknown = 国家/地区：未知
preview-meta-locale = 语言区域：{ $code }
preview-meta-lines = 求助热线：{ $count }
preview-international = 国际求助目录

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = 紧急电话：
preview-police = 报警
preview-ambulance = 急救
preview-fire = 火警
preview-open-now = 服务中
preview-closed-now = 非服务时间
preview-hours-unknown = 服务时间不详
preview-action-call = 电话 { $number }
preview-action-text = 短信 { $number }
preview-action-chat = 聊天
preview-action-website = 网站
preview-fact-languages = 语言：{ $list }
preview-fact-languages-none = 语言：未注明
preview-fact-hours = 服务时间：{ $times }
preview-fact-checked = 已向提供方核实：{ $date }
preview-fact-newest-source = 最新来源：{ $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = 依据：热线自己的网页
preview-evidence-corroborated = 依据：两个互相独立的发布方
preview-evidence-single = 依据：仅一处名录
preview-evidence-conflict = 依据：来源说法不一
preview-fact-country = 国家/地区：{ $code }

## The coverage tab.
preview-coverage-summary = 国家和地区：{ $total } · 有求助热线：{ $covered } · 仅有紧急电话：{ $uncovered }。
preview-coverage-age = 最新来源已超过 24 个月的热线：{ $total } 条中有 { $stale } 条。
preview-map-caption = 覆盖范围世界地图
preview-map-line = 有求助热线
preview-map-emergency = 仅有紧急电话
preview-map-none = 不在数据集中
preview-coverage-legend = 突出显示的行只有紧急电话，没有选定的求助热线。
preview-coverage-caption = 国家和地区（用列标题按钮排序）
preview-column-code = 代码
preview-column-lines = 求助热线
preview-column-languages = 语言
preview-column-emergency = 紧急电话
preview-column-stale = 来源过旧的热线
preview-emergency-only = 仅紧急电话
preview-error-countries = 无法加载国家/地区（{ $error }）。

## The locales tab.
preview-locales-summary = 语言：{ $total } · 经母语者审阅：{ $reviewed }。
preview-locales-caption = 随附的语言及其审阅状态
preview-column-native-name = 语言自称
preview-column-direction = 书写方向
preview-column-review = 审阅
preview-reviewed = 已审阅
preview-not-reviewed = 未审阅
preview-error-locales = 无法加载语言（{ $error }）。
