using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.EvaluateWijkbudget;

public sealed class EvaluateWijkbudgetValidator : AbstractValidator<EvaluateWijkbudgetCommand>
{
    public EvaluateWijkbudgetValidator()
    {
        RuleFor(c => c.Evaluatie).NotEmpty().WithMessage("Schrijf de evaluatie op.")
            .SafeText("de evaluatie", multiline: true).MaximumLength(20000).WithMessage("De evaluatie mag hoogstens 20000 tekens lang zijn.");
    }
}
