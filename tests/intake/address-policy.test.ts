import { describe, expect, it } from 'vitest';
import { checkTargetUrl, hostMatches, parseHostList, refusalReason, type OutboundPolicy } from '../../src/net/address-policy.js';
import type { OutboundError } from '../../src/net/outbound-error.js';

const strict: OutboundPolicy = { allowedHosts: [], privateHosts: [] };

describe('refusalReason: the address rules', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.5', 'private'],
    ['172.31.255.1', 'private'],
    ['192.168.1.10', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.10.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['224.0.0.251', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped IPv6'],
    ['::ffff:8.8.8.8', 'IPv4-mapped IPv6'],
    ['64:ff9b::a00:1', 'NAT64'],
    ['2002:c0a8:101::1', '6to4'],
    ['192.0.2.10', 'reserved'],
    ['169.254.169.254', 'cloud metadata'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['100.100.100.200', 'cloud metadata'],
  ])('refuses %s (%s)', (address, kind) => {
    expect(refusalReason('bao.example.vn', address, strict)).toContain(kind);
  });

  it.each(['8.8.8.8', '203.162.4.191', '2606:4700::1111', '2402:800:6371::1'])('lets public %s through', (address) => {
    expect(refusalReason('bao.example.vn', address, strict)).toBeUndefined();
  });

  it('lets a host on the private list reach private and loopback addresses, never metadata', () => {
    const onPremise: OutboundPolicy = { allowedHosts: [], privateHosts: ['cms.toasoan.local', '127.0.0.1'] };
    expect(refusalReason('cms.toasoan.local', '10.0.0.7', onPremise)).toBeUndefined();
    expect(refusalReason('127.0.0.1', '127.0.0.1', onPremise)).toBeUndefined();
    expect(refusalReason('CMS.toasoan.local.', '10.0.0.7', onPremise)).toBeUndefined();
    expect(refusalReason('other.local', '10.0.0.7', onPremise)).toContain('private');
    expect(refusalReason('cms.toasoan.local', '169.254.169.254', onPremise)).toContain('metadata');
    expect(refusalReason('cms.toasoan.local', '0.0.0.0', onPremise)).toContain('unspecified');
  });
});

describe('checkTargetUrl: before anything is sent', () => {
  const refusedWith = (url: string, policy = strict) => {
    try {
      checkTargetUrl(url, policy);
    } catch (error) {
      return (error as OutboundError).code;
    }
    return undefined;
  };

  it('accepts http and https only, without credentials', () => {
    expect(refusedWith('https://vnexpress.net/bai-viet.html')).toBeUndefined();
    expect(refusedWith('ftp://vnexpress.net/a')).toBe('invalid_url');
    expect(refusedWith('file:///etc/passwd')).toBe('invalid_url');
    expect(refusedWith('https://user:pass@vnexpress.net/')).toBe('invalid_url');
    expect(refusedWith('khong phai url')).toBe('invalid_url');
  });

  it('refuses IP-literal hosts in any spelling the URL parser accepts', () => {
    for (const url of ['http://127.0.0.1/', 'http://2130706433/', 'http://0x7f.1/', 'http://[::1]/', 'http://[::ffff:7f00:1]/', 'http://169.254.169.254/latest/meta-data/']) {
      expect(refusedWith(url), url).toBe('address_refused');
    }
  });

  it('applies the allowlist to the host and its subdomains only', () => {
    const policy: OutboundPolicy = { allowedHosts: ['vnexpress.net', 'baogialai.com.vn'], privateHosts: [] };
    expect(refusedWith('https://vnexpress.net/a', policy)).toBeUndefined();
    expect(refusedWith('https://e.vnexpress.net/a', policy)).toBeUndefined();
    expect(refusedWith('https://baogialai.com.vn/a', policy)).toBeUndefined();
    expect(refusedWith('https://notvnexpress.net/a', policy)).toBe('host_not_allowed');
    expect(refusedWith('https://vnexpress.net.evil.example/a', policy)).toBe('host_not_allowed');
  });

  it('reads host lists from configuration', () => {
    expect(parseHostList(' VnExpress.net, ,[::1], cms.local. ')).toEqual(['vnexpress.net', '::1', 'cms.local']);
    expect(hostMatches('a.b.vnexpress.net', ['vnexpress.net'])).toBe(true);
  });
});
