/* A fake ID-card reader SDK: the vendor functions of `sdtapi`, `termb` and the WLT decoder with
 * fixed answers, so the tests drive the counter's ctypes adapters through a real shared library.
 * The card on the reader is chosen by the environment variable FAKE_CARD (resident, permit,
 * foreign, expired, none); the text blocks and GBK strings come from cards.h, which the test
 * writes from the field layout of GA/T 467. termb writes its files into FAKE_SDK_DIR. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cards.h"

static pthread_t seen[16];
static int n_seen = 0;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int port_open = 0;

static void note_thread(void) {
    pthread_t me = pthread_self();
    pthread_mutex_lock(&lock);
    int known = 0;
    for (int i = 0; i < n_seen; i++) if (pthread_equal(seen[i], me)) known = 1;
    if (!known && n_seen < 16) seen[n_seen++] = me;
    pthread_mutex_unlock(&lock);
}
int fake_distinct_threads(void) { return n_seen; }
void fake_reset(void) { n_seen = 0; port_open = 0; }

static const unsigned char *card_block(void) {
    const char *card = getenv("FAKE_CARD");
    if (!card || strcmp(card, "none") == 0) return NULL;
    if (strcmp(card, "permit") == 0) return PERMIT_BLOCK;
    if (strcmp(card, "foreign") == 0) return FOREIGN_BLOCK;
    if (strcmp(card, "expired") == 0) return EXPIRED_BLOCK;
    return RESIDENT_BLOCK;
}

/* --- sdtapi --- */
int SDT_OpenPort(int port) { note_thread(); if (port != 1001) return 0x01; port_open = 1; return 0x90; }
int SDT_ClosePort(int port) { note_thread(); port_open = 0; return 0x90; }
int SDT_StartFindIDCard(int port, unsigned char *mana, int ifopen) {
    note_thread(); (void)mana; (void)ifopen;
    return port_open && card_block() ? 0x9f : 0x80;
}
int SDT_SelectIDCard(int port, unsigned char *mana, int ifopen) { note_thread(); (void)mana; (void)ifopen; return 0x90; }
int SDT_ReadBaseMsg(int port, unsigned char *text, unsigned int *text_len, unsigned char *photo,
                    unsigned int *photo_len, int ifopen) {
    note_thread(); (void)ifopen;
    const unsigned char *block = card_block();
    if (!block) return 0x41;
    memcpy(text, block, 256); *text_len = 256;
    for (int i = 0; i < 1024; i++) photo[i] = (unsigned char)(i * 7);
    *photo_len = 1024;
    return 0x90;
}
/* libwlt: WLT (1024 bytes) -> 102x126 BGR */
int unpack(char *src, char *dst, int key) {
    note_thread();
    if (key != 602 || (unsigned char)src[1] != 7) return 0;
    for (int i = 0; i < 102 * 126 * 3; i++) dst[i] = (char)(i % 251);
    return 1;
}

/* --- termb --- */
static int comm = 0;
int CVR_InitComm(int port) { note_thread(); comm = (port == 1001); return comm ? 1 : 2; }
int CVR_CloseComm(void) { note_thread(); comm = 0; return 1; }
int CVR_Authenticate(void) { note_thread(); return comm && card_block() ? 1 : 0; }
static void write_file(const char *name, const void *data, size_t size) {
    const char *dir = getenv("FAKE_SDK_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir ? dir : ".", name);
    FILE *f = fopen(path, "wb");
    if (f) { fwrite(data, 1, size, f); fclose(f); }
}
int CVR_Read_Content(int active) {
    note_thread();
    if (active != 4 || !card_block()) return 0;
    write_file("wz.txt", card_block(), 256);
    write_file("zp.wlt", "WLT", 3);
    write_file("zp.bmp", TERMB_BMP, sizeof TERMB_BMP);
    return 1;
}
static int give(const char *value, char *out, int *len) {
    note_thread();
    int n = (int)strlen(value);
    memcpy(out, value, n + 1); *len = n;
    return 1;
}
int GetPeopleName(char *out, int *len) { return give(TERMB_NAME, out, len); }
int GetPeopleSex(char *out, int *len) { return give(TERMB_SEX, out, len); }
int GetPeopleNation(char *out, int *len) { return give(TERMB_NATION, out, len); }
int GetPeopleBirthday(char *out, int *len) { return give("1985-03-12", out, len); }
int GetPeopleAddress(char *out, int *len) { return give(TERMB_ADDRESS, out, len); }
int GetPeopleIDCode(char *out, int *len) { return give("320102198503120178", out, len); }
int GetDepartment(char *out, int *len) { return give(TERMB_ISSUER, out, len); }
int GetStartDate(char *out, int *len) { return give("2020.01.01", out, len); }
int GetEndDate(char *out, int *len) { return give("2040.01.01", out, len); }
