// A run that may bring its own data rows and initial weights: RunSettings (the window's
// settings: a generator, sizes, model, training) plus, optionally, explicit rows (a CSV file, a
// run record written by hand) and explicit initial parameters (a recorded or hand-written run).
// Without them it is exactly RunSettings: the same data and the same Glorot weights.
#pragma once

#include "limits.hpp"
#include "run_settings.hpp"

#include <Eigen/Core>

#include <memory>
#include <optional>
#include <string>

namespace core
{

// Explicit rows, shared by every copy of a spec: a class's file of millions of rows is held once
// however many runs, views and records carry its spec. Read-only, replaced as a whole; it reads
// like the std::optional<DataSplit> it stands for.
class SharedData
{
public:
    SharedData() = default;
    SharedData(std::nullopt_t) {}
    SharedData(DataSplit d) : p_(std::make_shared<const DataSplit>(std::move(d))) {}
    SharedData(std::optional<DataSplit> d)
    {
        if (d)
            p_ = std::make_shared<const DataSplit>(std::move(*d));
    }
    bool has_value() const { return p_ != nullptr; }
    explicit operator bool() const { return has_value(); }
    const DataSplit& operator*() const { return *p_; }
    const DataSplit* operator->() const { return p_.get(); }
    void reset() { p_.reset(); }
    // Both the same rows object (copies of one spec), or both none.
    bool sameObject(const SharedData& o) const { return p_ == o.p_; }

private:
    std::shared_ptr<const DataSplit> p_;
};

struct RunSpec {
    RunSettings settings;
    // Explicit rows. With ValidationMode::Split the validation part is cut from `train`
    // (Keras's validation_split) and `val` must be empty; with SeparateSet both are used as
    // given (`val` may be empty: no validation). settings.data is then ignored.
    SharedData data;
    // Explicit initial parameters in Network's flat layout (W1, b1, W2, b2, ...; W column-major
    // [n_in][n_out]). Otherwise Glorot from settings.initSeed.
    std::optional<Eigen::VectorXd> initialParameters;
    // Where explicit rows came from (a file name), for captions and records; may be empty.
    std::string dataSource;

    bool hasExplicitData() const { return data.has_value(); }
    TaskKind task() const;
    int inputs() const;
    NetworkSpec networkSpec() const;
    // Training and validation rows (explicit rows with any split applied, or generated).
    DataSplit makeData() const;
    Network makeInitialNetwork() const;
    int trainingRows() const;
    // The same without the rows themselves: settings plus the number of explicit rows (none:
    // generated data).
    static int trainingRows(const RunSettings& settings, std::optional<int> explicitRows);
    // Throws std::invalid_argument with a reason when the run cannot train (also for networks
    // of more than maxParameters parameters, which would need gigabytes).
    void validate() const;
    static constexpr long long maxParameters = limits::maxParameters;
};

// A RunSpec of generated data (what the window trains).
inline RunSpec specOf(const RunSettings& s)
{
    return RunSpec{s, std::nullopt, std::nullopt, {}};
}

} // namespace core
