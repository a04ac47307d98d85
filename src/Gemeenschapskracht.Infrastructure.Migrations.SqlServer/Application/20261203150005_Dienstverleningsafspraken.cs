using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Dienstverleningsafspraken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Dienstverleningsafspraken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WijkId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WijkbudgetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BudgetregelId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BewonersorganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AanbiederId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Vorm = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SoortWerk = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Resultaten = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Werkwijze = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UrenPerWeek = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    Jaarprijs = table.Column<long>(type: "bigint", nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: false),
                    Zeggenschap = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Professionals = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Ondertekeningen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Evaluatiemomenten = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GestartOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Beeindigingsreden = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    BeeindigdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dienstverleningsafspraken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dienstverleningsafspraken_Wijkbudgetten_WijkbudgetId",
                        column: x => x.WijkbudgetId,
                        principalTable: "Wijkbudgetten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dienstverleningsafspraken_TenantId_AanbiederId",
                table: "Dienstverleningsafspraken",
                columns: new[] { "TenantId", "AanbiederId" });

            migrationBuilder.CreateIndex(
                name: "IX_Dienstverleningsafspraken_TenantId_BewonersorganisatieId",
                table: "Dienstverleningsafspraken",
                columns: new[] { "TenantId", "BewonersorganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Dienstverleningsafspraken_TenantId_WijkId_Status",
                table: "Dienstverleningsafspraken",
                columns: new[] { "TenantId", "WijkId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Dienstverleningsafspraken_WijkbudgetId",
                table: "Dienstverleningsafspraken",
                column: "WijkbudgetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Dienstverleningsafspraken");
        }
    }
}
