package org.inductionrecords.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inductionrecords.emulators.Template;
import org.junit.jupiter.api.Test;

/**
 * template.yaml deploys the web front end as the README says: static files in a private bucket read only by
 * CloudFront through origin access control, HTTPS only, security headers with a Content-Security-Policy on every
 * answer, and the API answering CORS for the site's origin only.
 */
class WebTemplateTest {

    private final Template template = Template.load(Path.of(System.getProperty("user.dir")));

    @Test
    void siteIsServedOverHttpsOnlyFromThePrivateBucketThroughOriginAccessControl() {
        Map<String, Object> config = map(template.resource("WebDistribution").properties().get("DistributionConfig"));
        Map<String, Object> behaviour = map(config.get("DefaultCacheBehavior"));
        assertEquals("https-only", behaviour.get("ViewerProtocolPolicy"));
        assertEquals(List.of("GET", "HEAD"), behaviour.get("AllowedMethods"));
        assertEquals(Map.of("Ref", "WebSecurityHeaders"), behaviour.get("ResponseHeadersPolicyId"));
        Map<String, Object> origin = map(list(config.get("Origins")).get(0));
        assertEquals(Map.of("Fn::GetAtt", List.of("WebBucket", "RegionalDomainName")), origin.get("DomainName"));
        assertEquals(Map.of("Fn::GetAtt", List.of("WebOriginAccessControl", "Id")), origin.get("OriginAccessControlId"));
        Map<String, Object> oac = map(template.resource("WebOriginAccessControl").properties().get("OriginAccessControlConfig"));
        assertEquals("always", oac.get("SigningBehavior"));
        assertEquals("s3", oac.get("OriginAccessControlOriginType"));

        Map<String, Object> bucket = template.resource("WebBucket").properties();
        Map<String, Object> block = map(bucket.get("PublicAccessBlockConfiguration"));
        assertTrue(block.values().stream().allMatch(Boolean.TRUE::equals), "the site bucket is private");
        Map<String, Object> readByCloudFront = list(map(template.resource("WebBucketPolicy").properties()
                .get("PolicyDocument")).get("Statement")).stream().map(WebTemplateTest::map)
                .filter(s -> "Allow".equals(s.get("Effect"))).findFirst().orElseThrow();
        assertEquals(Map.of("Service", "cloudfront.amazonaws.com"), readByCloudFront.get("Principal"));
        assertEquals("s3:GetObject", readByCloudFront.get("Action"));
        assertTrue(String.valueOf(readByCloudFront.get("Condition")).contains("distribution/${WebDistribution}"),
                "only this distribution may read: " + readByCloudFront.get("Condition"));
    }

    @Test
    void everyAnswerCarriesSecurityHeadersWithAContentSecurityPolicy() {
        Map<String, Object> headers = map(map(template.resource("WebSecurityHeaders").properties()
                .get("ResponseHeadersPolicyConfig")).get("SecurityHeadersConfig"));
        Map<String, Object> csp = map(headers.get("ContentSecurityPolicy"));
        assertEquals(true, csp.get("Override"));
        String policy = String.valueOf(map(csp.get("ContentSecurityPolicy")).get("Fn::Sub"));
        for (String directive : List.of("default-src 'none'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "base-uri 'none'", "https://cognito-idp.${AWS::Region}.amazonaws.com",
                "https://${Api}.execute-api.${AWS::Region}.amazonaws.com")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        assertTrue(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), policy);
        assertNotNull(map(headers.get("StrictTransportSecurity")).get("AccessControlMaxAgeSec"));
        assertEquals("DENY", map(headers.get("FrameOptions")).get("FrameOption"));
        assertNotNull(headers.get("ContentTypeOptions"));
        assertNotNull(headers.get("ReferrerPolicy"));
    }

    @Test
    void apiAnswersCorsForTheSitesOriginOnly() {
        Map<String, Object> api = template.resource("Api").properties();
        Map<String, Object> cors = map(api.get("Cors"));
        assertEquals(Map.of("Fn::Sub", "'${WebOrigin}'"), cors.get("AllowOrigin"));
        assertEquals(false, map(api.get("Auth")).get("AddDefaultAuthorizerToCorsPreflight"),
                "a browser's preflight carries no token");
        Map<String, Object> parameter = map(map(template.root().get("Parameters")).get("WebOrigin"));
        assertTrue(String.valueOf(parameter.get("Default")).endsWith(".invalid"), "no real origin by default");
        assertTrue(String.valueOf(parameter.get("AllowedPattern")).startsWith("^https://"), "an https origin, never *");
        for (String function : List.of("UsersFunction", "AssessmentsFunction")) {
            assertEquals(Map.of("Ref", "WebOrigin"), map(map(template.resource(function).properties()
                    .get("Environment")).get("Variables")).get("WEB_ORIGIN"), function + " answers name the site");
        }
        map(api.get("GatewayResponses")).forEach((type, response) -> assertEquals(
                Map.of("Fn::Sub", "'${WebOrigin}'"),
                map(map(map(response).get("ResponseParameters")).get("Headers")).get("Access-Control-Allow-Origin"),
                type + ": the gateway's own answers (401, 403, ...) must be readable by the site"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
