n = 0
for i in range(3):
    if i == 0:
        n += 0
    if i == 1:
        n += 1
    if i == 2:
        n += 2
    if i == 0:
        n += 3
    if i == 1:
        n += 4
    if i == 2:
        n += 5
    if i == 0:
        n += 6
    if i == 1:
        n += 7
    if i == 2:
        n += 8
    if i == 0:
        n += 9
    if i == 1:
        n += 10
    if i == 2:
        n += 11
    if i == 0:
        n += 12
    if i == 1:
        n += 13
    if i == 2:
        n += 14
    if i == 0:
        n += 15
    if i == 1:
        n += 16
    if i == 2:
        n += 17
    if i == 0:
        n += 18
    if i == 1:
        n += 19
    if i == 2:
        n += 20
    if i == 0:
        n += 21
    if i == 1:
        n += 22
    if i == 2:
        n += 23
    if i == 0:
        n += 24
    if i == 1:
        n += 25
    if i == 2:
        n += 26
    if i == 0:
        n += 27
    if i == 1:
        n += 28
    if i == 2:
        n += 29
    if i == 0:
        n += 30
    if i == 1:
        n += 31
    if i == 2:
        n += 32
    if i == 0:
        n += 33
    if i == 1:
        n += 34
    if i == 2:
        n += 35
    if i == 0:
        n += 36
    if i == 1:
        n += 37
    if i == 2:
        n += 38
    if i == 0:
        n += 39
    if i == 1:
        n += 40
    if i == 2:
        n += 41
    if i == 0:
        n += 42
    if i == 1:
        n += 43
    if i == 2:
        n += 44
    if i == 0:
        n += 45
    if i == 1:
        n += 46
    if i == 2:
        n += 47
    if i == 0:
        n += 48
    if i == 1:
        n += 49
    if i == 2:
        n += 50
    if i == 0:
        n += 51
    if i == 1:
        n += 52
    if i == 2:
        n += 53
    if i == 0:
        n += 54
    if i == 1:
        n += 55
    if i == 2:
        n += 56
    if i == 0:
        n += 57
    if i == 1:
        n += 58
    if i == 2:
        n += 59
    if i == 0:
        n += 60
    if i == 1:
        n += 61
    if i == 2:
        n += 62
    if i == 0:
        n += 63
    if i == 1:
        n += 64
    if i == 2:
        n += 65
    if i == 0:
        n += 66
    if i == 1:
        n += 67
    if i == 2:
        n += 68
    if i == 0:
        n += 69
    if i == 1:
        n += 70
    if i == 2:
        n += 71
    if i == 0:
        n += 72
    if i == 1:
        n += 73
    if i == 2:
        n += 74
    if i == 0:
        n += 75
    if i == 1:
        n += 76
    if i == 2:
        n += 77
    if i == 0:
        n += 78
    if i == 1:
        n += 79
    if i == 2:
        n += 80
    if i == 0:
        n += 81
    if i == 1:
        n += 82
    if i == 2:
        n += 83
    if i == 0:
        n += 84
    if i == 1:
        n += 85
    if i == 2:
        n += 86
    if i == 0:
        n += 87
    if i == 1:
        n += 88
    if i == 2:
        n += 89
    if i == 0:
        n += 90
    if i == 1:
        n += 91
    if i == 2:
        n += 92
    if i == 0:
        n += 93
    if i == 1:
        n += 94
    if i == 2:
        n += 95
    if i == 0:
        n += 96
    if i == 1:
        n += 97
    if i == 2:
        n += 98
    if i == 0:
        n += 99
    if i == 1:
        n += 100
    if i == 2:
        n += 101
    if i == 0:
        n += 102
    if i == 1:
        n += 103
    if i == 2:
        n += 104
    if i == 0:
        n += 105
    if i == 1:
        n += 106
    if i == 2:
        n += 107
    if i == 0:
        n += 108
    if i == 1:
        n += 109
    if i == 2:
        n += 110
    if i == 0:
        n += 111
    if i == 1:
        n += 112
    if i == 2:
        n += 113
    if i == 0:
        n += 114
    if i == 1:
        n += 115
    if i == 2:
        n += 116
    if i == 0:
        n += 117
    if i == 1:
        n += 118
    if i == 2:
        n += 119
    if i == 0:
        n += 120
    if i == 1:
        n += 121
    if i == 2:
        n += 122
    if i == 0:
        n += 123
    if i == 1:
        n += 124
    if i == 2:
        n += 125
    if i == 0:
        n += 126
    if i == 1:
        n += 127
    if i == 2:
        n += 128
    if i == 0:
        n += 129
    if i == 1:
        n += 130
    if i == 2:
        n += 131
    if i == 0:
        n += 132
    if i == 1:
        n += 133
    if i == 2:
        n += 134
    if i == 0:
        n += 135
    if i == 1:
        n += 136
    if i == 2:
        n += 137
    if i == 0:
        n += 138
    if i == 1:
        n += 139
    if i == 2:
        n += 140
    if i == 0:
        n += 141
    if i == 1:
        n += 142
    if i == 2:
        n += 143
    if i == 0:
        n += 144
    if i == 1:
        n += 145
    if i == 2:
        n += 146
    if i == 0:
        n += 147
    if i == 1:
        n += 148
    if i == 2:
        n += 149
    if i == 0:
        n += 150
    if i == 1:
        n += 151
    if i == 2:
        n += 152
    if i == 0:
        n += 153
    if i == 1:
        n += 154
    if i == 2:
        n += 155
    if i == 0:
        n += 156
    if i == 1:
        n += 157
    if i == 2:
        n += 158
    if i == 0:
        n += 159
    if i == 1:
        n += 160
    if i == 2:
        n += 161
    if i == 0:
        n += 162
    if i == 1:
        n += 163
    if i == 2:
        n += 164
    if i == 0:
        n += 165
    if i == 1:
        n += 166
    if i == 2:
        n += 167
    if i == 0:
        n += 168
    if i == 1:
        n += 169
    if i == 2:
        n += 170
    if i == 0:
        n += 171
    if i == 1:
        n += 172
    if i == 2:
        n += 173
    if i == 0:
        n += 174
    if i == 1:
        n += 175
    if i == 2:
        n += 176
    if i == 0:
        n += 177
    if i == 1:
        n += 178
    if i == 2:
        n += 179
    if i == 0:
        n += 180
    if i == 1:
        n += 181
    if i == 2:
        n += 182
    if i == 0:
        n += 183
    if i == 1:
        n += 184
    if i == 2:
        n += 185
    if i == 0:
        n += 186
    if i == 1:
        n += 187
    if i == 2:
        n += 188
    if i == 0:
        n += 189
    if i == 1:
        n += 190
    if i == 2:
        n += 191
    if i == 0:
        n += 192
    if i == 1:
        n += 193
    if i == 2:
        n += 194
    if i == 0:
        n += 195
    if i == 1:
        n += 196
    if i == 2:
        n += 197
    if i == 0:
        n += 198
    if i == 1:
        n += 199
    if i == 2:
        n += 200
    if i == 0:
        n += 201
    if i == 1:
        n += 202
    if i == 2:
        n += 203
    if i == 0:
        n += 204
    if i == 1:
        n += 205
    if i == 2:
        n += 206
    if i == 0:
        n += 207
    if i == 1:
        n += 208
    if i == 2:
        n += 209
    if i == 0:
        n += 210
    if i == 1:
        n += 211
    if i == 2:
        n += 212
    if i == 0:
        n += 213
    if i == 1:
        n += 214
    if i == 2:
        n += 215
    if i == 0:
        n += 216
    if i == 1:
        n += 217
    if i == 2:
        n += 218
    if i == 0:
        n += 219
    if i == 1:
        n += 220
    if i == 2:
        n += 221
    if i == 0:
        n += 222
    if i == 1:
        n += 223
    if i == 2:
        n += 224
    if i == 0:
        n += 225
    if i == 1:
        n += 226
    if i == 2:
        n += 227
    if i == 0:
        n += 228
    if i == 1:
        n += 229
    if i == 2:
        n += 230
    if i == 0:
        n += 231
    if i == 1:
        n += 232
    if i == 2:
        n += 233
    if i == 0:
        n += 234
    if i == 1:
        n += 235
    if i == 2:
        n += 236
    if i == 0:
        n += 237
    if i == 1:
        n += 238
    if i == 2:
        n += 239
    if i == 0:
        n += 240
    if i == 1:
        n += 241
    if i == 2:
        n += 242
    if i == 0:
        n += 243
    if i == 1:
        n += 244
    if i == 2:
        n += 245
    if i == 0:
        n += 246
    if i == 1:
        n += 247
    if i == 2:
        n += 248
    if i == 0:
        n += 249
    if i == 1:
        n += 250
    if i == 2:
        n += 251
    if i == 0:
        n += 252
    if i == 1:
        n += 253
    if i == 2:
        n += 254
    if i == 0:
        n += 255
    if i == 1:
        n += 256
    if i == 2:
        n += 257
    if i == 0:
        n += 258
    if i == 1:
        n += 259
    if i == 2:
        n += 260
    if i == 0:
        n += 261
    if i == 1:
        n += 262
    if i == 2:
        n += 263
    if i == 0:
        n += 264
    if i == 1:
        n += 265
    if i == 2:
        n += 266
    if i == 0:
        n += 267
    if i == 1:
        n += 268
    if i == 2:
        n += 269
    if i == 0:
        n += 270
    if i == 1:
        n += 271
    if i == 2:
        n += 272
    if i == 0:
        n += 273
    if i == 1:
        n += 274
    if i == 2:
        n += 275
    if i == 0:
        n += 276
    if i == 1:
        n += 277
    if i == 2:
        n += 278
    if i == 0:
        n += 279
    if i == 1:
        n += 280
    if i == 2:
        n += 281
    if i == 0:
        n += 282
    if i == 1:
        n += 283
    if i == 2:
        n += 284
    if i == 0:
        n += 285
    if i == 1:
        n += 286
    if i == 2:
        n += 287
    if i == 0:
        n += 288
    if i == 1:
        n += 289
    if i == 2:
        n += 290
    if i == 0:
        n += 291
    if i == 1:
        n += 292
    if i == 2:
        n += 293
    if i == 0:
        n += 294
    if i == 1:
        n += 295
    if i == 2:
        n += 296
    if i == 0:
        n += 297
    if i == 1:
        n += 298
    if i == 2:
        n += 299
    if i == 0:
        n += 300
    if i == 1:
        n += 301
    if i == 2:
        n += 302
    if i == 0:
        n += 303
    if i == 1:
        n += 304
    if i == 2:
        n += 305
    if i == 0:
        n += 306
    if i == 1:
        n += 307
    if i == 2:
        n += 308
    if i == 0:
        n += 309
    if i == 1:
        n += 310
    if i == 2:
        n += 311
    if i == 0:
        n += 312
    if i == 1:
        n += 313
    if i == 2:
        n += 314
    if i == 0:
        n += 315
    if i == 1:
        n += 316
    if i == 2:
        n += 317
    if i == 0:
        n += 318
    if i == 1:
        n += 319
    if i == 2:
        n += 320
    if i == 0:
        n += 321
    if i == 1:
        n += 322
    if i == 2:
        n += 323
    if i == 0:
        n += 324
    if i == 1:
        n += 325
    if i == 2:
        n += 326
    if i == 0:
        n += 327
    if i == 1:
        n += 328
    if i == 2:
        n += 329
    if i == 0:
        n += 330
    if i == 1:
        n += 331
    if i == 2:
        n += 332
    if i == 0:
        n += 333
    if i == 1:
        n += 334
    if i == 2:
        n += 335
    if i == 0:
        n += 336
    if i == 1:
        n += 337
    if i == 2:
        n += 338
    if i == 0:
        n += 339
    if i == 1:
        n += 340
    if i == 2:
        n += 341
    if i == 0:
        n += 342
    if i == 1:
        n += 343
    if i == 2:
        n += 344
    if i == 0:
        n += 345
    if i == 1:
        n += 346
    if i == 2:
        n += 347
    if i == 0:
        n += 348
    if i == 1:
        n += 349
    if i == 2:
        n += 350
    if i == 0:
        n += 351
    if i == 1:
        n += 352
    if i == 2:
        n += 353
    if i == 0:
        n += 354
    if i == 1:
        n += 355
    if i == 2:
        n += 356
    if i == 0:
        n += 357
    if i == 1:
        n += 358
    if i == 2:
        n += 359
    if i == 0:
        n += 360
    if i == 1:
        n += 361
    if i == 2:
        n += 362
    if i == 0:
        n += 363
    if i == 1:
        n += 364
    if i == 2:
        n += 365
    if i == 0:
        n += 366
    if i == 1:
        n += 367
    if i == 2:
        n += 368
    if i == 0:
        n += 369
    if i == 1:
        n += 370
    if i == 2:
        n += 371
    if i == 0:
        n += 372
    if i == 1:
        n += 373
    if i == 2:
        n += 374
    if i == 0:
        n += 375
    if i == 1:
        n += 376
    if i == 2:
        n += 377
    if i == 0:
        n += 378
    if i == 1:
        n += 379
    if i == 2:
        n += 380
    if i == 0:
        n += 381
    if i == 1:
        n += 382
    if i == 2:
        n += 383
    if i == 0:
        n += 384
    if i == 1:
        n += 385
    if i == 2:
        n += 386
    if i == 0:
        n += 387
    if i == 1:
        n += 388
    if i == 2:
        n += 389
    if i == 0:
        n += 390
    if i == 1:
        n += 391
    if i == 2:
        n += 392
    if i == 0:
        n += 393
    if i == 1:
        n += 394
    if i == 2:
        n += 395
    if i == 0:
        n += 396
    if i == 1:
        n += 397
    if i == 2:
        n += 398
    if i == 0:
        n += 399
    if i == 1:
        n += 400
    if i == 2:
        n += 401
    if i == 0:
        n += 402
    if i == 1:
        n += 403
    if i == 2:
        n += 404
    if i == 0:
        n += 405
    if i == 1:
        n += 406
    if i == 2:
        n += 407
    if i == 0:
        n += 408
    if i == 1:
        n += 409
    if i == 2:
        n += 410
    if i == 0:
        n += 411
    if i == 1:
        n += 412
    if i == 2:
        n += 413
    if i == 0:
        n += 414
    if i == 1:
        n += 415
    if i == 2:
        n += 416
    if i == 0:
        n += 417
    if i == 1:
        n += 418
    if i == 2:
        n += 419
    if i == 0:
        n += 420
    if i == 1:
        n += 421
    if i == 2:
        n += 422
    if i == 0:
        n += 423
    if i == 1:
        n += 424
    if i == 2:
        n += 425
    if i == 0:
        n += 426
    if i == 1:
        n += 427
    if i == 2:
        n += 428
    if i == 0:
        n += 429
    if i == 1:
        n += 430
    if i == 2:
        n += 431
    if i == 0:
        n += 432
    if i == 1:
        n += 433
    if i == 2:
        n += 434
    if i == 0:
        n += 435
    if i == 1:
        n += 436
    if i == 2:
        n += 437
    if i == 0:
        n += 438
    if i == 1:
        n += 439
    if i == 2:
        n += 440
    if i == 0:
        n += 441
    if i == 1:
        n += 442
    if i == 2:
        n += 443
    if i == 0:
        n += 444
    if i == 1:
        n += 445
    if i == 2:
        n += 446
    if i == 0:
        n += 447
    if i == 1:
        n += 448
    if i == 2:
        n += 449
    if i == 0:
        n += 450
    if i == 1:
        n += 451
    if i == 2:
        n += 452
    if i == 0:
        n += 453
    if i == 1:
        n += 454
    if i == 2:
        n += 455
    if i == 0:
        n += 456
    if i == 1:
        n += 457
    if i == 2:
        n += 458
    if i == 0:
        n += 459
    if i == 1:
        n += 460
    if i == 2:
        n += 461
    if i == 0:
        n += 462
    if i == 1:
        n += 463
    if i == 2:
        n += 464
    if i == 0:
        n += 465
    if i == 1:
        n += 466
    if i == 2:
        n += 467
    if i == 0:
        n += 468
    if i == 1:
        n += 469
    if i == 2:
        n += 470
    if i == 0:
        n += 471
    if i == 1:
        n += 472
    if i == 2:
        n += 473
    if i == 0:
        n += 474
    if i == 1:
        n += 475
    if i == 2:
        n += 476
    if i == 0:
        n += 477
    if i == 1:
        n += 478
    if i == 2:
        n += 479
    if i == 0:
        n += 480
    if i == 1:
        n += 481
    if i == 2:
        n += 482
    if i == 0:
        n += 483
    if i == 1:
        n += 484
    if i == 2:
        n += 485
    if i == 0:
        n += 486
    if i == 1:
        n += 487
    if i == 2:
        n += 488
    if i == 0:
        n += 489
    if i == 1:
        n += 490
    if i == 2:
        n += 491
    if i == 0:
        n += 492
    if i == 1:
        n += 493
    if i == 2:
        n += 494
    if i == 0:
        n += 495
    if i == 1:
        n += 496
    if i == 2:
        n += 497
    if i == 0:
        n += 498
    if i == 1:
        n += 499
print(n)
