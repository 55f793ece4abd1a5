// An allocator for large arrays read at random (the facet columns): blocks of
// 2 MiB or more are aligned to 2 MiB and offered to the kernel as transparent
// huge pages (madvise; Debian's default THP mode is "madvise"). A match's
// rows lie kilobytes apart in arrays of tens of megabytes at 1M articles, so
// with 4 KiB pages a read is likely to need a page walk besides the cache
// miss (bench/README-speed.md has the before and after). Smaller blocks come
// from operator new as usual.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

#include <sys/mman.h>

namespace kronika::util {

inline constexpr std::size_t kHugePage = std::size_t{2} << 20;

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: rebinding is implicit

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return static_cast<T*>(::operator new(bytes));
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* block = std::aligned_alloc(kHugePage, rounded);
    if (!block) throw std::bad_alloc();
    ::madvise(block, rounded, MADV_HUGEPAGE);  // advice only: a refusal costs speed, not correctness
    return static_cast<T*>(block);
  }
  void deallocate(T* block, std::size_t n) {
    if (n * sizeof(T) < kHugePage)
      ::operator delete(block);
    else
      std::free(block);
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

}  // namespace kronika::util
