using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Gebieden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OuderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsPilot = table.Column<bool>(type: "bit", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gebieden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gebieden_Gebieden_OuderId",
                        column: x => x.OuderId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kerncijfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebiedId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Maatstaf = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Eenheid = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Waarde = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Bron = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Jaar = table.Column<int>(type: "int", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kerncijfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kerncijfers_Gebieden_GebiedId",
                        column: x => x.GebiedId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Gebieden_OuderId",
                table: "Gebieden",
                column: "OuderId");

            migrationBuilder.CreateIndex(
                name: "IX_Gebieden_TenantId_Code",
                table: "Gebieden",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gebieden_TenantId_Soort_Code",
                table: "Gebieden",
                columns: new[] { "TenantId", "Soort", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Kerncijfers_GebiedId",
                table: "Kerncijfers",
                column: "GebiedId");

            migrationBuilder.CreateIndex(
                name: "IX_Kerncijfers_TenantId_GebiedId_Maatstaf_Jaar",
                table: "Kerncijfers",
                columns: new[] { "TenantId", "GebiedId", "Maatstaf", "Jaar" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Kerncijfers");

            migrationBuilder.DropTable(
                name: "Gebieden");
        }
    }
}
