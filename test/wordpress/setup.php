<?php
/**
 * Installs a test WordPress, activates the plugin and writes the posts the WordPress check opens.
 * Usage: php setup.php <wordpress folder>. Prints the posts' ids as JSON.
 *
 * The widget posts are written as an author, who lacks `unfiltered_html`, so WordPress's HTML
 * filter runs on them exactly as it does for most people who write on a clinic's site. The
 * hostile shortcodes are written as an administrator, whose posts skip that filter, so only the
 * plugin stands between their values and the page.
 *
 * @package DiscEvidence
 */

// phpcs:disable WordPress.Security.EscapeOutput -- a command-line script; it prints JSON.

$wordpress = $argv[1] ?? '';
if ( ! is_file( $wordpress . '/wp-load.php' ) ) {
	fwrite( STDERR, "usage: php setup.php <wordpress folder>\n" );
	exit( 2 );
}
define( 'WP_INSTALLING', true );
require $wordpress . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

// A throwaway site on 127.0.0.1 only: the check signs in as this administrator to open the editor.
$installed = wp_install( 'Evidence test', 'admin', 'admin@example.test', false, '', 'disc-evidence-test-admin' );
$admin     = (int) $installed['user_id'];
$activated = activate_plugin( 'disc-evidence/disc-evidence.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'The plugin did not activate: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

$author = wp_insert_user(
	array(
		'user_login' => 'writer',
		'user_pass'  => wp_generate_password( 24 ),
		'user_email' => 'writer@example.test',
		'role'       => 'author',
	)
);

/**
 * Publishes a post as a user, through the same filters as the editor's save.
 *
 * @param int    $user    Who writes it.
 * @param string $title   Title.
 * @param string $content Content.
 * @return int
 */
function disc_evidence_test_post( $user, $title, $content ) {
	wp_set_current_user( $user ); // Sets up the HTML filter for users without unfiltered_html.
	return (int) wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => 'publish',
				'post_author'  => $user,
			)
		)
	);
}

$posts = array(
	'blocks'     => disc_evidence_test_post(
		$author,
		'Blocks',
		'<!-- wp:disc-evidence/evidence-card {"study":"bates-2022","disclosure":"We offer this treatment at our clinic."} /-->' . "\n" .
		'<!-- wp:disc-evidence/evidence-card {"study":"gornet-2024","variant":"compact","theme":"dark","headingLevel":2} /-->' . "\n" .
		'<!-- wp:disc-evidence/outcome-timeline {"studies":"pettine-2015","journey":true} /-->' . "\n" .
		'<!-- wp:disc-evidence/outcome-timeline {"studies":"gornet-2024 xie-2021"} /-->' . "\n" .
		'<!-- wp:disc-evidence/candidacy-checklist {"ctaHref":"https://clinic.example/book","ctaLabel":"Book a visit"} /-->' . "\n" .
		'<!-- wp:disc-evidence/evidence-overview {"studies":"haufe-2006 soufi-2023","headingLevel":3} /-->'
	),
	'shortcodes' => disc_evidence_test_post(
		$author,
		'Shortcodes',
		"[disc_evidence_card study=\"xie-2021\" heading-level=\"2\" disclosure=\"Our clinic sells this treatment.\"]\n\n" .
		"[disc_outcome_timeline studies=\"bates-2022\" journey]\n\n" .
		"[disc_candidacy_checklist cta-href=\"mailto:care@clinic.example\"]\n\n" .
		'[disc_evidence_overview heading-level="4"]'
	),
	'raw-tag'    => disc_evidence_test_post(
		$author,
		'Raw tag',
		'<disc-evidence-card study="bates-2022"></disc-evidence-card><script src="/wp-content/plugins/disc-evidence/assets/disc-evidence.js" type="module"></script>'
	),
	'hostile-author' => disc_evidence_test_post(
		$author,
		'Hostile block',
		'<!-- wp:disc-evidence/evidence-card {"study":"bates-2022\u0022 onmouseover=\u0022window.pwned=1","theme":"dark\u0022 onfocus=\u0022window.pwned=1","disclosure":"\u003cimg src=x onerror=window.pwned=1\u003eWe sell it"} /-->'
	),
	'hostile-admin' => disc_evidence_test_post(
		$admin,
		'Hostile shortcodes',
		"[disc_evidence_card study='bates-2022\" onmouseover=\"window.pwned=1' theme='dark\" autofocus onfocus=\"window.pwned=1' heading-level=\"9\" onclick=\"window.pwned=1\" disclosure='\"><img src=x onerror=window.pwned=1>We sell it']\n\n" .
		"[disc_outcome_timeline studies='xie-2021\"><svg onload=window.pwned=1>' src=\"javascript:window.pwned=1\" view=\"x onload=window.pwned=1\"]\n\n" .
		"[disc_candidacy_checklist cta-href=\"javascript:window.pwned=1\" cta-label='\"><img src=x onerror=window.pwned=1>' criteria=\"../../wp-config\" src=\"https://tracker.example/criteria.json\"]\n\n" .
		"[disc_evidence_overview studies='bates-2022\"><img src=x onerror=window.pwned=1>' heading-level=\"0\" onclick=\"window.pwned=1\"]"
	),
);

echo wp_json_encode(
	array(
		'posts'                 => $posts,
		'author_has_unfiltered' => user_can( $author, 'unfiltered_html' ),
		'stored_raw_tag'        => get_post_field( 'post_content', $posts['raw-tag'] ),
	)
);
