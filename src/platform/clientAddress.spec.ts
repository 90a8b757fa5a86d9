import { describe, expect, it } from 'vitest'

import { addressKey } from '@/platform/clientAddress'

describe('addressKey', () => {
  it('counts an IPv4 address written as IPv6 as that IPv4 address', () => {
    expect(addressKey('::ffff:1.2.3.4')).toBe('1.2.3.4')
    expect(addressKey('::FFFF:0102:0304')).toBe('1.2.3.4')
    expect(addressKey('1.2.3.4')).toBe('1.2.3.4')
  })

  it('counts the loopback as one address', () => {
    expect(addressKey('::1')).toBe('127.0.0.1')
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(addressKey('127.0.0.2')).toBe('127.0.0.1')
    expect(addressKey('0:0:0:0:0:0:0:1')).toBe('127.0.0.1')
  })

  it('counts IPv6 addresses by their /64', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:0db8:0001:0002:ffff:eeee:dddd:cccc')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64')
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
  })

  it('leaves what is not an address as it is', () => {
    expect(addressKey('unknown')).toBe('unknown')
  })
})
