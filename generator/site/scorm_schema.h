/* scorm_schema.h - the XML schema files a SCORM 1.2 package carries next
 * to its imsmanifest.xml, which names them in xsi:schemaLocation: the
 * IMS content package (imscp_rootv1p1p2.xsd), the ADL extensions
 * (adlcp_rootv1p2.xsd) and xml:base (ims_xml.xsd). They cover what a
 * manifest of ours uses, so that a strict importer, or
 * `xmllint --schema imscp_rootv1p1p2.xsd imsmanifest.xml`, accepts it. */
#ifndef COACHKIT_SCORM_SCHEMA_H
#define COACHKIT_SCORM_SCHEMA_H

#include <stddef.h>

typedef struct scorm_schema {
	const char *name;   /* its name in the package, at the top */
	const char *text;   /* static */
	size_t      len;
} scorm_schema;

/* The schema files, ended by one with name NULL. */
extern const scorm_schema scorm_schemas[];

#endif
